/** Embedded pictures: the organiser's logo on the cover, evidence photos in the lampiran, referenced from the realisation table. */
import { describe, expect, it } from 'vitest';
import { pictureSize } from '../../../shared/report/images';
import { sipantauBeforeRealisation } from '../domain/sipantau';
import { ALL_OPTIONS, docx, parts, realised, sections, textOf, TINY_PNG } from './support';

describe('pictures from the project', () => {
  it('puts the logo on the cover and the evidence in the lampiran, numbered and cited', async () => {
    const p = realised(sipantauBeforeRealisation());
    p.attachments = [
      { id: 'logo', name: 'logo.png', mime: 'image/png', data: TINY_PNG, caption: 'Logo BPSDM', milestoneId: null },
      { id: 'sk', name: 'sk-tim.png', mime: 'image/png', data: TINY_PNG, caption: 'SK Tim Efektif', milestoneId: 'MP-02' },
    ];
    p.documentSettings.logoAttachmentId = 'logo';
    const d = parts(await docx(p, 'laporan', { ...ALL_OPTIONS, includeFigures: false }));
    // The first section (the cover) holds one picture: the logo.
    const cover = d.document.slice(0, d.document.indexOf(sections(d.document)[0]!));
    expect(cover.match(/<w:drawing>/g)).toHaveLength(1);
    const media = Object.keys(d.files).filter((f) => f.startsWith('word/media/'));
    expect(media.length).toBeGreaterThanOrEqual(1);
    expect(media.every((m) => pictureSize(d.files[m]!)?.type === 'png')).toBe(true);
    const text = textOf(d.document);
    // The logo is not evidence; the SK is Bukti 1, cited by MP-02 in the realisation table and shown in the lampiran.
    // Lampiran 1 is the consultation sheet, 2 the seminar notes, 3 the evidence.
    expect(text).toContain('Bukti 1 (Lampiran 3)');
    expect(text).toContain('Lampiran 3. Daftar Bukti Dukung');
    expect(text).toContain('Bukti 1. SK Tim Efektif');
    expect(text).not.toContain('Logo BPSDM');
  });

  it('reads PNG and JPEG sizes and refuses anything else', () => {
    const png = Uint8Array.from(Buffer.from(TINY_PNG, 'base64'));
    expect(pictureSize(png)).toEqual({ type: 'png', width: 1, height: 1 });
    // A minimal JPEG header: SOI, an APP0 segment, then SOF0 with height 20 and width 30.
    const jpeg = Uint8Array.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x0b, 0x08, 0x00, 0x14, 0x00, 0x1e, 0x01, 0x01, 0x11, 0x00,
    ]);
    expect(pictureSize(jpeg)).toEqual({ type: 'jpg', width: 30, height: 20 });
    expect(pictureSize(new TextEncoder().encode('<svg/>'))).toBeNull();
  });
});
