import { type ImageType, sniffImageType } from '@syncar/storage/image-type';
import { ConnectorError } from './errors';
import type { HttpFile, HttpSession } from './http-session';

/** Larger images are refused (and cut off) while they download. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

/** A product image as the portal served it, checked to be an image. */
export interface FetchedImage {
  /** The final URL, after redirects. */
  url: string;
  /** What the bytes are (by their magic bytes, not by what the portal claimed). */
  contentType: ImageType;
  bytes: Buffer;
}

/** The portal answered an image URL with something that is not an image; fetching it again will not help. */
export class ImageRejectedError extends ConnectorError {
  override name = 'ImageRejectedError';
  constructor(
    readonly url: string,
    detail: string,
  ) {
    super(`not kept: ${detail}`, false);
  }
}

/** Checks a downloaded file: a 200, declared as an image, whose bytes really are one. */
export function readImage(file: HttpFile): FetchedImage {
  if (file.status !== 200) throw new ImageRejectedError(file.url, `the portal answered ${file.status}`);
  const declared = file.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!declared.startsWith('image/')) {
    throw new ImageRejectedError(
      file.url,
      `it was sent as ${declared || 'no content type'}, not as an image`,
    );
  }
  const contentType = sniffImageType(file.bytes);
  if (!contentType) {
    throw new ImageRejectedError(file.url, 'its bytes are not a JPEG, PNG, GIF, WebP or AVIF image');
  }
  return { url: file.url, contentType, bytes: file.bytes };
}

/** Downloads an image on the portal with the session (same origin only, retried, re-logged in) and checks it. */
export function fetchImage(http: HttpSession, url: string, signal: AbortSignal): Promise<FetchedImage> {
  return http.fetchFile(url, signal, { accept: 'image/*', maxBytes: MAX_IMAGE_BYTES }, readImage);
}
