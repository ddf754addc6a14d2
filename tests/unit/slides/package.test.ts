/** The SIPANTAU decks as real PPTX packages: slides, native tables, notes, pictures, a valid package, nothing overflowing. */
import { describe, expect, it } from 'vitest';
import { strFromU8 } from 'fflate';
import { deck, overflowing, packageProblems, sample, slideParts, slideText, unzip, xmlOf } from './support';

describe('SIPANTAU deck for the seminar rancangan', async () => {
  const p = sample();
  const { deck: model, bytes } = await deck(p, { kind: 'rancangan' });
  const files = unzip(bytes);
  const slides = slideParts(files);

  it('has 12–20 widescreen slides, the number the model says, and about ten minutes', () => {
    expect(slides.length).toBe(model.slides.length);
    expect(slides.length).toBeGreaterThanOrEqual(12);
    expect(slides.length).toBeLessThanOrEqual(20);
    expect(xmlOf(files, 'ppt/presentation.xml')).toMatch(/<p:sldSz cx="12192000" cy="6858000"/);
    expect(model.minutes).toBeGreaterThan(7);
    expect(model.minutes).toBeLessThan(13);
  });

  it('is a valid package: content types, relationships and shape ids', () => {
    expect(packageProblems(files)).toEqual([]);
    expect(strFromU8(bytes.subarray(30, 49))).toBe('[Content_Types].xml');
  });

  it('shows APKL, USG and the other tables as native tables, with the numbers of shared/domain', () => {
    const tables = slides.filter((s) => xmlOf(files, s).includes('<a:tbl>'));
    expect(tables.length).toBeGreaterThanOrEqual(8);
    const usg = slides.find((s) => slideText(files, s).includes('Isu Prioritas (USG)'))!;
    expect(xmlOf(files, usg)).toContain('<a:tbl>');
    // The core issue: highest USG total 14, rank I, printed in the callout.
    const text = slideText(files, usg);
    expect(text).toMatch(/Isu utama \(core issue\)/);
    expect(text).toContain('14');
    const apkl = slides.find((s) => slideText(files, s).includes('Identifikasi Isu (APKL)'))!;
    expect(slideText(files, apkl)).toContain('Lolos');
  });

  it('labels follow the programme (PKP: Aksi Perubahan Kinerja Pelayanan)', () => {
    expect(slideText(files, slides[0]!)).toContain('RANCANGAN AKSI PERUBAHAN KINERJA PELAYANAN');
    expect(slides.some((s) => slideText(files, s).includes('Gagasan Kreatif Aksi Perubahan Kinerja Pelayanan'))).toBe(true);
  });

  it('has speaker notes on every slide, the long texts in full', () => {
    for (let i = 1; i <= slides.length; i++) {
      const notes = xmlOf(files, `ppt/notesSlides/notesSlide${i}.xml`);
      expect(notes.match(/<a:t>([^<]+)<\/a:t>/g)?.length ?? 0, `notes of slide ${i}`).toBeGreaterThan(0);
    }
    const background = model.slides.findIndex((s) => s.section === 'background') + 1;
    expect(xmlOf(files, `ppt/notesSlides/notesSlide${background}.xml`)).toContain('62% pengaduan');
  });

  it('embeds the charts as pictures (schedule, stakeholder maps, team)', () => {
    const media = Object.keys(files).filter((f) => f.startsWith('ppt/media/') && f.endsWith('.png'));
    expect(media.length).toBe(4);
    for (const m of media) expect([...files[m]!.subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  });

  it('never lets text outgrow its box, measured from the package with the shipped fonts', () => {
    expect(overflowing(files)).toEqual([]);
  });
});

describe('SIPANTAU deck for the seminar laporan', async () => {
  const { deck: model, bytes } = await deck(sample(), { kind: 'laporan', theme: 'klasik' });
  const files = unzip(bytes);

  it('adds plan against realisation, evidence, movement, benefits and sustainability', () => {
    const sections = new Set(model.slides.map((s) => s.section));
    for (const s of ['realisation', 'evidence', 'movement', 'benefits', 'sustainability', 'closing'] as const) expect(sections.has(s), s).toBe(true);
    expect(slideText(files, 'ppt/slides/slide1.xml')).toContain('LAPORAN AKSI PERUBAHAN KINERJA PELAYANAN');
    expect(packageProblems(files)).toEqual([]);
    expect(overflowing(files)).toEqual([]);
  });

  it('draws in the serif theme', () => {
    expect(xmlOf(files, 'ppt/slides/slide2.xml')).toContain('typeface="Liberation Serif"');
  });
});
