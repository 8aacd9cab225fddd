import { describe, expect, it } from 'vitest';
import { generateSecretsKey, SecretBox } from './secrets';

describe('SecretBox', () => {
  it('round-trips values and never stores the plaintext', () => {
    const box = new SecretBox(generateSecretsKey());
    const sealed = box.sealJson({ rut: '76543210-3', password: 'hunter2' });
    expect(sealed.sealed).not.toContain('hunter2');
    expect(Buffer.from(sealed.sealed, 'base64').toString('latin1')).not.toContain('hunter2');
    expect(box.openJson(sealed)).toEqual({ rut: '76543210-3', password: 'hunter2' });
    // A fresh IV each time: the same value seals differently.
    expect(box.seal('same').sealed).not.toBe(box.seal('same').sealed);
  });

  it('decrypts with a previous key during a rotation and seals with the new one', () => {
    const oldKey = generateSecretsKey();
    const sealedWithOld = new SecretBox(oldKey).seal('secreto');
    const rotated = new SecretBox(generateSecretsKey(), [oldKey]);
    expect(rotated.open(sealedWithOld)).toBe('secreto');
    expect(rotated.seal('secreto').keyId).toBe(rotated.currentKeyId);
    expect(rotated.currentKeyId).not.toBe(sealedWithOld.keyId);
    expect(() => new SecretBox(generateSecretsKey()).open(sealedWithOld)).toThrow(/No key with id/);
  });

  it('rejects tampered ciphertext', () => {
    const box = new SecretBox(generateSecretsKey());
    const sealed = box.seal('secreto');
    const bytes = Buffer.from(sealed.sealed, 'base64');
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 1;
    expect(() => box.open({ ...sealed, sealed: bytes.toString('base64') })).toThrow();
  });
});
