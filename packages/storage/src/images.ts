import sharp from 'sharp';
import { type BlobStore, contentKey, variantKey } from './blob-store';
import { type ImageType, sniffImageType } from './image-type';

/** Thumbnails are WebP, this many pixels wide at most (smaller images are not enlarged). */
export const THUMBNAIL_WIDTH = 256;
export const THUMBNAIL_VARIANT = 'thumb';
export const THUMBNAIL_TYPE = 'image/webp';
/** Larger images are refused before they are decoded: a small file can claim a huge canvas. */
const MAX_PIXELS = 50_000_000;

export interface StoredImage {
  /** The SHA-256 of the original bytes: its key in the store. */
  key: string;
  contentType: ImageType;
  byteSize: number;
  width: number;
  height: number;
}

/** An image SYNCAR cannot keep: not an image it knows, or one it cannot decode. */
export class UnusableImageError extends Error {
  override name = 'UnusableImageError';
}

// Each image is decoded once: libvips' operation cache only grows a long-running worker's memory, and one
// libvips thread per image leaves the cores to the worker's parsing (many images are decoded concurrently).
sharp.cache(false);
sharp.concurrency(1);

const decoder = (bytes: Uint8Array) =>
  sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error', autoOrient: true });

/** A WebP thumbnail of an image, upright (EXIF orientation applied), `THUMBNAIL_WIDTH` wide at most. */
export function makeThumbnail(bytes: Uint8Array): Promise<Buffer> {
  return decoder(bytes)
    .resize({ width: THUMBNAIL_WIDTH, withoutEnlargement: true })
    .webp({ quality: 80 })
    .toBuffer();
}

/**
 * Keeps an image and its thumbnail: the original under its SHA-256, the thumbnail as its `thumb` variant. Bytes
 * already stored (with their thumbnail) cost no write. Throws UnusableImageError, storing nothing, for bytes that
 * are not a decodable image.
 */
export async function storeImage(store: BlobStore, bytes: Uint8Array): Promise<StoredImage> {
  const contentType = sniffImageType(bytes);
  if (!contentType) throw new UnusableImageError('the bytes are not a JPEG, PNG, GIF, WebP or AVIF image');
  const key = contentKey(bytes);
  const thumbKey = variantKey(key, THUMBNAIL_VARIANT);
  let size: { width: number; height: number };
  let thumbnail: Buffer | null = null;
  try {
    size = (await decoder(bytes).metadata()).autoOrient;
    if (!(await store.has(thumbKey))) thumbnail = await makeThumbnail(bytes);
  } catch (error) {
    throw new UnusableImageError(
      `the image cannot be decoded (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  await store.put(bytes);
  if (thumbnail) await store.putVariant(key, THUMBNAIL_VARIANT, thumbnail);
  return { key, contentType, byteSize: bytes.byteLength, width: size.width, height: size.height };
}
