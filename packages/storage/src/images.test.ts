import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentKey, variantKey } from './blob-store';
import { storeImage, THUMBNAIL_VARIANT, THUMBNAIL_WIDTH, UnusableImageError } from './images';
import { LocalBlobStore } from './local-store';

let root: string;
let store: LocalBlobStore;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'syncar-images-'));
  store = new LocalBlobStore(root);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const picture = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: '#2060a0' } });

describe('storeImage', () => {
  it('keeps the original bytes and a WebP thumbnail no wider than the thumbnail width', async () => {
    const bytes = await picture(1000, 500).png().toBuffer();
    const stored = await storeImage(store, bytes);
    expect(stored).toEqual({
      key: contentKey(bytes),
      contentType: 'image/png',
      byteSize: bytes.length,
      width: 1000,
      height: 500,
    });
    expect(await store.read(stored.key)).toEqual(bytes);
    const thumb = await store.read(variantKey(stored.key, THUMBNAIL_VARIANT));
    const meta = await sharp(thumb!).metadata();
    expect(meta).toMatchObject({ format: 'webp', width: THUMBNAIL_WIDTH, height: 128 });
  });

  it('never enlarges a small image, and reports the upright size of a rotated JPEG', async () => {
    const small = await storeImage(store, await picture(16, 16).png().toBuffer());
    const thumb = await sharp((await store.read(variantKey(small.key, THUMBNAIL_VARIANT)))!).metadata();
    expect(thumb.width).toBe(16);

    // Stored 600x300, EXIF says "rotate 90°": people see it 300 wide and 600 high.
    const rotated = await picture(600, 300).jpeg().withMetadata({ orientation: 6 }).toBuffer();
    const upright = await storeImage(store, rotated);
    expect(upright).toMatchObject({ contentType: 'image/jpeg', width: 300, height: 600 });
    const rotatedThumb = await sharp(
      (await store.read(variantKey(upright.key, THUMBNAIL_VARIANT)))!,
    ).metadata();
    expect(rotatedThumb).toMatchObject({ width: 256, height: 512 });
  });

  it('writes nothing again for bytes it already has', async () => {
    const bytes = await picture(300, 200).jpeg().toBuffer();
    const first = await storeImage(store, bytes);
    const thumbFile = join(root, first.key.slice(0, 2), first.key.slice(2, 4), `${first.key}.thumb`);
    const before = await stat(thumbFile);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await storeImage(store, bytes)).toEqual(first);
    expect((await stat(thumbFile)).mtimeMs).toBe(before.mtimeMs);
  });

  it('refuses bytes that are not an image, or an image that cannot be decoded, and stores nothing', async () => {
    const html = Buffer.from('<html><body>Sesión expirada</body></html>');
    await expect(storeImage(store, html)).rejects.toBeInstanceOf(UnusableImageError);
    const png = await picture(64, 64).png().toBuffer();
    const broken = Buffer.concat([png.subarray(0, 40), Buffer.alloc(200, 7)]);
    await expect(storeImage(store, broken)).rejects.toBeInstanceOf(UnusableImageError);
    expect(await store.has(contentKey(html))).toBe(false);
    expect(await store.has(contentKey(broken))).toBe(false);
  });
});
