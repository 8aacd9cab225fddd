import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** An encrypted value as stored in PostgreSQL: the key id travels beside the ciphertext so keys can rotate. */
export interface SealedSecret {
  keyId: string;
  /** base64 of iv (12 bytes) + auth tag (16 bytes) + ciphertext */
  sealed: string;
}

/**
 * AES-256-GCM under keys from the environment. The current key encrypts; older keys (kept during a rotation)
 * only decrypt. A key's id is a hash of the key, so nothing has to be configured twice.
 */
export class SecretBox {
  readonly currentKeyId: string;
  private readonly keys = new Map<string, Buffer>();

  constructor(currentKeyBase64: string, previousKeysBase64: readonly string[] = []) {
    this.currentKeyId = this.addKey(currentKeyBase64);
    for (const key of previousKeysBase64) this.addKey(key);
  }

  private addKey(base64: string): string {
    const key = Buffer.from(base64, 'base64');
    if (key.length !== 32) throw new Error('A secrets key must be 32 bytes encoded in base64');
    const id = createHash('sha256').update(key).digest('hex').slice(0, 12);
    this.keys.set(id, key);
    return id;
  }

  seal(plaintext: string): SealedSecret {
    const key = this.keys.get(this.currentKeyId)!;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const sealed = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    return { keyId: this.currentKeyId, sealed };
  }

  open(secret: SealedSecret): string {
    const key = this.keys.get(secret.keyId);
    if (!key) throw new Error(`No key with id ${secret.keyId} is configured; set it in SECRETS_KEY_PREVIOUS`);
    const raw = Buffer.from(secret.sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }

  sealJson(value: unknown): SealedSecret {
    return this.seal(JSON.stringify(value));
  }

  openJson(secret: SealedSecret): unknown {
    return JSON.parse(this.open(secret));
  }
}

export function generateSecretsKey(): string {
  return randomBytes(32).toString('base64');
}
