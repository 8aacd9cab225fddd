import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { type BlobStore, contentKey, contentKeyOf, variantKey } from './blob-store';

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * A BlobStore in a local folder: `<root>/ab/cd/<key>` (two levels of fan-out keep folders small). Every write goes
 * to a temporary file in the same folder and is renamed into place, so a reader never sees half a blob and a
 * crash leaves at most a hidden `.<key>.tmp-*` file behind.
 */
export class LocalBlobStore implements BlobStore {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  async put(bytes: Uint8Array): Promise<{ key: string; created: boolean }> {
    const key = contentKey(bytes);
    if ((await this.size(key)) === bytes.byteLength) return { key, created: false };
    await this.write(key, bytes);
    return { key, created: true };
  }

  async putVariant(key: string, variant: string, bytes: Uint8Array): Promise<string> {
    const derived = variantKey(key, variant);
    await this.write(derived, bytes);
    return derived;
  }

  async has(key: string): Promise<boolean> {
    return (await this.size(key)) !== null;
  }

  async size(key: string): Promise<number | null> {
    try {
      const stats = await stat(this.pathOf(key));
      return stats.isFile() ? stats.size : null;
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async read(key: string): Promise<Buffer | null> {
    try {
      return await readFile(this.pathOf(key));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /** The file of a blob; throws InvalidBlobKeyError for anything that is not a blob key. */
  private pathOf(key: string): string {
    const content = contentKeyOf(key);
    return join(this.root, content.slice(0, 2), content.slice(2, 4), key);
  }

  private async write(key: string, bytes: Uint8Array): Promise<void> {
    const path = this.pathOf(key);
    // A leading dot: a temporary file's name is never a blob key.
    const temp = join(dirname(path), `.${key}.tmp-${randomBytes(6).toString('hex')}`);
    await mkdir(dirname(path), { recursive: true });
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(temp, { force: true });
      throw error;
    }
    await handle.close();
    try {
      await rename(temp, path);
    } catch (error) {
      await rm(temp, { force: true });
      throw error;
    }
  }
}
