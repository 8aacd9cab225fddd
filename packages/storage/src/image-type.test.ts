import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { sniffImageType } from './image-type';

const image = sharp({ create: { width: 4, height: 4, channels: 3, background: '#c00' } });

describe('sniffImageType', () => {
  it('recognises the image types SYNCAR keeps by their bytes', async () => {
    expect(sniffImageType(await image.clone().jpeg().toBuffer())).toBe('image/jpeg');
    expect(sniffImageType(await image.clone().png().toBuffer())).toBe('image/png');
    expect(sniffImageType(await image.clone().gif().toBuffer())).toBe('image/gif');
    expect(sniffImageType(await image.clone().webp().toBuffer())).toBe('image/webp');
    expect(sniffImageType(await image.clone().avif().toBuffer())).toBe('image/avif');
  });

  it('refuses what is not one, whatever its name or header said', () => {
    for (const text of [
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      '<!doctype html><html><body>Iniciar sesión</body></html>',
      '',
      'GIF8',
      'RIFF\u0000\u0000\u0000\u0000WAVE',
    ]) {
      expect(sniffImageType(Buffer.from(text, 'latin1')), text).toBeNull();
    }
    expect(sniffImageType(Buffer.from([0xff, 0xd8]))).toBeNull();
  });
});
