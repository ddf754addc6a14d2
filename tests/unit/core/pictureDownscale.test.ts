/**
 * Large photos are made report-sized when added: longest side 2,000 px, JPEG at quality 85, the
 * camera's orientation applied; a small picture is kept exactly as chosen; a logo with
 * transparency stays PNG. Real files, decoded back to check what is stored.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { readPictureFile } from '../../../electron/core/pictures';
import { DOWNSCALE } from '../../../electron/core/pictureDownscale';
import { decodeBase64 } from '../../../shared/format/pictures';
import { tempDir } from '../helpers';

/** A photo-like JPEG: a gradient with noise (noise keeps it as large as a real photo's detail does). */
function photo(width: number, height: number, quality = 95): Buffer {
  const data = Buffer.alloc(width * height * 4);
  let seed = 7;
  for (let i = 0; i < width * height; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const n = seed % 64;
    const x = i % width;
    data[i * 4] = ((x * 255) / width + n) & 255;
    data[i * 4 + 1] = ((Math.floor(i / width) * 255) / height + n) & 255;
    data[i * 4 + 2] = 128 + (n >> 1);
    data[i * 4 + 3] = 255;
  }
  return Buffer.from(jpeg.encode({ width, height, data }, quality).data);
}

/** The same JPEG with an EXIF APP1 segment saying how the camera was held (orientation 1–8). */
function withOrientation(jpg: Buffer, orientation: number): Buffer {
  // "Exif\0\0", big-endian TIFF header, one IFD entry: tag 0x0112 (orientation), SHORT, count 1.
  const tiff = Buffer.from([0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0]);
  const body = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, (body.length + 2) >> 8, (body.length + 2) & 255]), body]);
  return Buffer.concat([jpg.subarray(0, 2), app1, jpg.subarray(2)]);
}

const stored = (data: string) => Buffer.from(decodeBase64(data)!);

describe('photos made report-sized on import', () => {
  it('a 4,000 × 3,000 photo becomes 2,000 × 1,500 JPEG, far smaller, and says what it was', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'foto.jpg');
    const original = photo(4_000, 3_000);
    await fsp.writeFile(f, original);
    const t0 = performance.now();
    const r = await readPictureFile(f);
    const ms = performance.now() - t0;
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ mime: 'image/jpeg', width: 2_000, height: 1_500, original: { width: 4_000, height: 3_000, bytes: original.length } });
    expect(r.value.bytes).toBeLessThan(original.length / 2);
    const back = jpeg.decode(stored(r.value.data), { useTArray: true });
    expect([back.width, back.height]).toEqual([2_000, 1_500]);
    console.log(`downscale: ${(original.length / 1e6).toFixed(1)} MB 4000×3000 → ${(r.value.bytes / 1e6).toFixed(2)} MB 2000×1500 in ${ms.toFixed(0)} ms`);
  }, 120_000);

  it('a photo taken upright (EXIF orientation 6) is stored upright', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'tegak.jpg');
    // Stored as 300 × 200 with "turn a quarter clockwise to show": shown as 200 × 300.
    await fsp.writeFile(f, withOrientation(photo(300, 200), 6));
    const r = await readPictureFile(f);
    expect(r.ok && r.value).toMatchObject({ mime: 'image/jpeg', width: 200, height: 300 });
  });

  it('a small picture is kept exactly as chosen', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'kecil.jpg');
    const bytes = photo(800, 600, 80);
    expect(bytes.length).toBeLessThan(DOWNSCALE.keepBelowBytes);
    await fsp.writeFile(f, bytes);
    const r = await readPictureFile(f);
    expect(r.ok && r.value.original).toBeUndefined();
    expect(r.ok && stored(r.value.data)).toEqual(bytes);
  });

  it('a large logo with transparency stays PNG, made smaller', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'logo.png');
    const png = new PNG({ width: 3_000, height: 600 });
    for (let i = 0; i < 3_000 * 600; i++) png.data.set([200, 20, 20, i % 3_000 < 1_500 ? 255 : 0], i * 4);
    await fsp.writeFile(f, PNG.sync.write(png));
    const r = await readPictureFile(f);
    expect(r.ok && r.value).toMatchObject({ mime: 'image/png', width: 2_000, height: 400 });
    const back = PNG.sync.read(stored(r.ok ? r.value.data : ''));
    expect(back.data[3]).toBe(255);
    expect(back.data[1_999 * 4 + 3]).toBe(0);
  }, 60_000);
});
