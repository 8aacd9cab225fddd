import { createHash } from 'node:crypto';

/**
 * Where blobs live. Originals are content-addressed: their key is the SHA-256 of their bytes (64 lowercase hex
 * digits), so storing the same bytes twice keeps one copy. Variants derived from an original (a thumbnail) live
 * under `<key>.<variant>`. A local folder implements it today; an S3-compatible bucket can replace it.
 */
export interface BlobStore {
  /** Stores `bytes` under their SHA-256; `created` is false when they were already there. */
  put(bytes: Uint8Array): Promise<{ key: string; created: boolean }>;
  /** Stores bytes derived from the blob `key` (e.g. its thumbnail) as its `variant`; returns their key. */
  putVariant(key: string, variant: string, bytes: Uint8Array): Promise<string>;
  has(key: string): Promise<boolean>;
  /** The size in bytes, or null when there is no such blob. */
  size(key: string): Promise<number | null>;
  read(key: string): Promise<Buffer | null>;
}

export const CONTENT_KEY = /^[0-9a-f]{64}$/;
const VARIANT = /^[a-z0-9][a-z0-9-]{0,31}$/;
const BLOB_KEY = /^([0-9a-f]{64})(?:\.([a-z0-9][a-z0-9-]{0,31}))?$/;

/** A key that is not a blob key: never turned into a path or an object name. */
export class InvalidBlobKeyError extends Error {
  override name = 'InvalidBlobKeyError';
  constructor(key: string) {
    super(`"${key.slice(0, 100)}" is not a blob key`);
  }
}

/** The key of an original: the SHA-256 of its bytes, in hex. */
export const contentKey = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The key of the `variant` of the blob `key`. */
export function variantKey(key: string, variant: string): string {
  if (!CONTENT_KEY.test(key)) throw new InvalidBlobKeyError(key);
  if (!VARIANT.test(variant)) throw new InvalidBlobKeyError(`${key}.${variant}`);
  return `${key}.${variant}`;
}

/** True for the key of an original or of one of its variants. */
export const isBlobKey = (key: string): boolean => BLOB_KEY.test(key);

/** The content key a blob key belongs to (itself for an original); throws for anything else. */
export function contentKeyOf(key: string): string {
  const match = BLOB_KEY.exec(key);
  if (!match) throw new InvalidBlobKeyError(key);
  return match[1]!;
}
