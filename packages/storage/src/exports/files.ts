import { randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type ReadStream, type WriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import type { TableFormat } from './writer';

const EXPORT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A file being written: nothing is visible under its name until `commit`. */
export interface ExportFileDraft {
  stream: WriteStream;
  /** Ends the stream, moves the file into place and returns its size in bytes. */
  commit(): Promise<number>;
  /** Throws the partial file away. */
  discard(): Promise<void>;
}

const isMissing = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

/**
 * Export files in `<STORAGE_DIR>/exports/<id>.<csv|xlsx>`, beside the image blobs (which are content-addressed
 * and kept forever, while an export is named by its id and expires). The worker writes them, the API serves them.
 */
export class ExportFileStore {
  readonly root: string;

  constructor(storageDir: string) {
    this.root = join(resolve(storageDir), 'exports');
  }

  /** The file of an export; throws for anything that is not an export id, so no path ever leaves the folder. */
  pathOf(id: string, format: TableFormat): string {
    if (!EXPORT_ID.test(id) || (format !== 'csv' && format !== 'xlsx')) {
      throw new Error(`"${id.slice(0, 60)}.${format}" is not an export file`);
    }
    return join(this.root, `${id}.${format}`);
  }

  async create(id: string, format: TableFormat): Promise<ExportFileDraft> {
    const path = this.pathOf(id, format);
    await mkdir(this.root, { recursive: true });
    // A leading dot: a half-written file is never served.
    const temp = join(this.root, `.${id}.${format}.tmp-${randomBytes(6).toString('hex')}`);
    const stream = createWriteStream(temp, { flags: 'wx' });
    return {
      stream,
      async commit() {
        stream.end();
        await finished(stream);
        await rename(temp, path);
        return (await stat(path)).size;
      },
      async discard() {
        stream.destroy();
        await rm(temp, { force: true });
      },
    };
  }

  /** A stream of the file and its size, or null when there is no such file. */
  async open(id: string, format: TableFormat): Promise<{ stream: ReadStream; size: number } | null> {
    const path = this.pathOf(id, format);
    try {
      const { size } = await stat(path);
      return { stream: createReadStream(path), size };
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  async remove(id: string, format: TableFormat): Promise<void> {
    await rm(this.pathOf(id, format), { force: true });
  }
}
