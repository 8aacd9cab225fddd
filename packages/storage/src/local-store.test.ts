import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InvalidBlobKeyError, variantKey } from './blob-store';
import { LocalBlobStore } from './local-store';

let root: string;
let store: LocalBlobStore;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'syncar-store-'));
  store = new LocalBlobStore(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Every file under the root, relative to it. */
async function files(): Promise<string[]> {
  return (await readdir(root, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
    .sort();
}

describe('LocalBlobStore', () => {
  it('keeps bytes under their SHA-256, in a two-level fan-out, and gives them back', async () => {
    const bytes = Buffer.from('pastilla de freno');
    const { key, created } = await store.put(bytes);
    expect(key).toBe(sha256(bytes));
    expect(created).toBe(true);
    expect(await files()).toEqual([join(key.slice(0, 2), key.slice(2, 4), key)]);
    expect(await store.has(key)).toBe(true);
    expect(await store.size(key)).toBe(bytes.length);
    expect(await store.read(key)).toEqual(bytes);
  });

  it('stores the same bytes once, also when they arrive together, and leaves no temporary file', async () => {
    const bytes = Buffer.from('mismo contenido');
    const results = await Promise.all(Array.from({ length: 8 }, () => store.put(bytes)));
    expect(new Set(results.map((result) => result.key)).size).toBe(1);
    expect((await store.put(bytes)).created).toBe(false);
    expect(await files()).toHaveLength(1);
  });

  it('keeps a variant beside its original under `<key>.<variant>`', async () => {
    const { key } = await store.put(Buffer.from('original'));
    const thumb = await store.putVariant(key, 'thumb', Buffer.from('miniatura'));
    expect(thumb).toBe(`${key}.thumb`);
    expect(thumb).toBe(variantKey(key, 'thumb'));
    expect((await store.read(thumb))?.toString()).toBe('miniatura');
    await store.putVariant(key, 'thumb', Buffer.from('otra'));
    expect((await store.read(thumb))?.toString()).toBe('otra');
    expect(await files()).toHaveLength(2);
  });

  it('answers "absent" for a well-formed key it does not have', async () => {
    const key = sha256(Buffer.from('nunca guardado'));
    expect(await store.has(key)).toBe(false);
    expect(await store.size(key)).toBeNull();
    expect(await store.read(key)).toBeNull();
    expect(await store.has(`${key}.thumb`)).toBe(false);
  });

  it('refuses anything that is not a blob key, so no path ever leaves the root', async () => {
    const key = sha256(Buffer.from('x'));
    for (const bad of [
      '../../etc/passwd',
      `${key}/../../x`,
      key.toUpperCase(),
      key.slice(1),
      `${key}.`,
      `${key}.Thumb`,
      `${key}.thumb/x`,
      `.${key}.tmp-1`,
      '',
    ]) {
      await expect(store.read(bad), bad).rejects.toBeInstanceOf(InvalidBlobKeyError);
      await expect(store.has(bad), bad).rejects.toBeInstanceOf(InvalidBlobKeyError);
    }
    expect(() => variantKey(key, '../x')).toThrow(InvalidBlobKeyError);
    await expect(store.putVariant('../x', 'thumb', Buffer.from('x'))).rejects.toBeInstanceOf(
      InvalidBlobKeyError,
    );
    expect(await files()).toEqual([]);
  });
});
