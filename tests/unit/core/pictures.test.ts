import * as fsp from 'node:fs/promises';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { noticeText } from '../../../shared/i18n/notices';
import { describe, expect, it } from 'vitest';
import { readPictureFile } from '../../../electron/core/pictures';
import { readProjectFile } from '../../../electron/core/projectFile';
import { decodeBase64 } from '../../../shared/format/pictures';
import { createProject, decodeProjectText, encodeProject } from '../../../shared/model/envelope';
import { tempDir } from '../helpers';

export function pngBytes(width: number, height: number): Buffer {
  const png = new PNG({ width, height });
  png.data.fill(200);
  return PNG.sync.write(png);
}

export function jpegBytes(width: number, height: number): Buffer {
  return Buffer.from(jpeg.encode({ width, height, data: Buffer.alloc(width * height * 4, 128) }, 80).data);
}

/** A PNG's signature followed by noise: what a signature check accepts and a decoder refuses. */
export function fakePng(bytes: number): Buffer {
  const b = Buffer.alloc(bytes, 7);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
  // IHDR with a plausible size, so only decoding can tell.
  Buffer.from([0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 40, 0, 0, 0, 30, 8, 2, 0, 0, 0]).copy(b, 8);
  return b;
}

/** The smallest JPEG header the size reader needs: SOI, an APP0 segment, then SOF0 with the frame size. */
export function jpegHeader(width: number, height: number): Buffer {
  return Buffer.from([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x10,
    0x4a,
    0x46,
    0x49,
    0x46,
    0x00,
    0x01,
    0x01,
    0x00,
    0x00,
    0x01,
    0x00,
    0x01,
    0x00,
    0x00,
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    0x03,
    0x01,
    0x22,
    0x00,
    0x02,
    0x11,
    0x01,
    0x03,
    0x11,
    0x01,
    0xff,
    0xd9,
  ]);
}

describe('reading a chosen picture', () => {
  it('reads a PNG: MIME from its signature, size, and base64 that decodes to the same bytes', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'logo.png');
    const bytes = pngBytes(40, 30);
    await fsp.writeFile(f, bytes);
    const r = await readPictureFile(f);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ name: 'logo.png', mime: 'image/png', width: 40, height: 30, bytes: bytes.length });
    expect(Buffer.from(decodeBase64(r.value.data)!)).toEqual(bytes);
  });

  it('recognises a JPEG whatever its name says', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'foto.PNG');
    await fsp.writeFile(f, jpegBytes(64, 48));
    const r = await readPictureFile(f);
    expect(r.ok && r.value).toMatchObject({ mime: 'image/jpeg', width: 64, height: 48 });
  });

  it('refuses bytes that only look like a picture: right signature and header, noise after', async () => {
    const dir = await tempDir();
    for (const [name, bytes] of [
      ['palsu.png', fakePng(4_000)],
      ['palsu.jpg', jpegHeader(640, 480)],
    ] as const) {
      const f = path.join(dir, name);
      await fsp.writeFile(f, bytes);
      const r = await readPictureFile(f);
      expect(!r.ok && r.code, name).toBe('NOT_A_PICTURE');
    }
  });

  it('refuses a file that is not a picture, one over the limit, and a missing one', async () => {
    const dir = await tempDir();
    const fake = path.join(dir, 'bukan.png');
    await fsp.writeFile(fake, '<svg onload="alert(1)"></svg>');
    const r1 = await readPictureFile(fake);
    expect(!r1.ok && r1.code).toBe('NOT_A_PICTURE');
    expect(!r1.ok && r1.message).toMatch(/bukan gambar PNG atau JPEG/);
    const big = path.join(dir, 'besar.png');
    await fsp.writeFile(big, pngBytes(10, 10));
    const r2 = await readPictureFile(big, 50);
    expect(!r2.ok && r2.code).toBe('TOO_LARGE');
    const r3 = await readPictureFile(path.join(dir, 'tidak-ada.png'));
    expect(!r3.ok && r3.code).toBe('NOT_FOUND');
  });
});

describe('pictures inside a project file are checked for what they are', () => {
  /** A valid envelope; each test puts its own pictures in. */
  const envelope = () => {
    const p = createProject();
    return JSON.parse(encodeProject(p, { appVersion: '1', installId: 'x', savedAt: '' })) as { project: { attachments: unknown[] } } & Record<string, unknown>;
  };

  it('accepts a real PNG and keeps it', () => {
    const env = envelope();
    env.project.attachments = [{ id: 'a1', name: 'logo.png', mime: 'image/png', data: pngBytes(8, 8).toString('base64'), caption: 'Logo' }];
    const r = decodeProjectText(JSON.stringify(env));
    expect(r.ok && r.value.project.attachments).toHaveLength(1);
  });

  it.each([
    ['an SVG pretending to be a PNG', 'image/png', Buffer.from('<svg onload="x"/>').toString('base64'), /bukan gambar PNG yang sah/],
    ['a JPEG labelled PNG', 'image/png', jpegHeader(4, 4).toString('base64'), /bukan gambar PNG yang sah/],
    ['broken base64', 'image/jpeg', '***not base64***', /isi gambar rusak/],
  ])('leaves out %s with a notice naming it, and keeps the rest of the file', (_name, mime, data, message) => {
    const env = envelope();
    env.project.attachments = [
      { id: 'a1', name: 'palsu.png', mime, data, caption: '' },
      { id: 'a2', name: 'baik.png', mime: 'image/png', data: pngBytes(8, 8).toString('base64'), caption: '' },
    ];
    (env.project as Record<string, unknown>).documentSettings = { logoAttachmentId: 'a1' };
    const r = decodeProjectText(JSON.stringify(env));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.project.attachments.map((a) => a.id)).toEqual(['a2']);
    expect(r.value.project.documentSettings.logoAttachmentId).toBeNull();
    expect(r.value.notices.map((n) => noticeText(n)).join('\n')).toMatch(/Lampiran gambar ke-1 \(palsu\.png\)/);
    expect(r.value.notices.map((n) => noticeText(n)).join('\n')).toMatch(message);
  });

  it('on open, a picture with a real signature that does not decode is left out; the file opens', async () => {
    const env = envelope();
    env.project.attachments = [
      { id: 'a1', name: 'palsu.png', mime: 'image/png', data: fakePng(4_000).toString('base64'), caption: '' },
      { id: 'a2', name: 'foto.jpg', mime: 'image/jpeg', data: jpegBytes(16, 16).toString('base64'), caption: '' },
    ];
    const file = path.join(await tempDir(), 'proyek.rancang');
    await fsp.writeFile(file, JSON.stringify(env));
    expect(decodeProjectText(JSON.stringify(env)).ok && 'the signature check alone accepts it').toBeTruthy();
    const r = await readProjectFile(file);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.decoded.project.attachments.map((a) => a.id)).toEqual(['a2']);
    expect(r.value.decoded.notices.map((n) => noticeText(n)).join('\n')).toMatch(/Lampiran gambar ke-1 \(palsu\.png\): gambarnya rusak/);
  });
});
