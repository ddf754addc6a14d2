/**
 * Decks from bad input: an empty project (placeholders, no crash), 100,000-character texts (cut
 * with "…" on the slide, whole in the notes), hostile strings, 60 pictures, and the generated
 * projects of the report tests up to 20× SIPANTAU; every one a valid package with nothing overflowing.
 */
import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { createProject } from '../../../shared/model/envelope';
import { LIMITS } from '../../../shared/model/limits';
import { ProjectSchema } from '../../../shared/model/schema';
import type { Project } from '../../../shared/model/types';
import { MISSING } from '../../../shared/report/terms';
import { SECTION_IDS } from '../../../shared/slides/sections';
import { generateProject, SWEEP_SIZES } from '../../generator/project';
import { withPictures } from '../../generator/pictures';
import { deck, overflowing, packageProblems, sample, slideParts, slideText, unzip, xmlOf } from './support';

const everything = [...SECTION_IDS];

async function check(p: Project, kind: 'rancangan' | 'laporan', sections?: string[]) {
  const built = await deck(ProjectSchema.parse(p), { kind, ...(sections ? { sections } : {}) });
  const files = unzip(built.bytes);
  expect(packageProblems(files)).toEqual([]);
  expect(overflowing(files)).toEqual([]);
  return { ...built, files };
}

describe('decks from bad input', () => {
  it('an empty project gives every part with placeholders', async () => {
    const { files, deck: model } = await check(createProject(), 'laporan', everything);
    expect(new Set(model.slides.map((s) => s.section))).toEqual(new Set(SECTION_IDS));
    const text = slideParts(files)
      .map((s) => slideText(files, s))
      .join(' ');
    expect(text).toContain(MISSING);
  });

  it('cuts 100,000-character texts with "…" and keeps them whole in the notes', async () => {
    const p = sample();
    const words = 'Pelayanan perizinan berusaha membutuhkan kepastian informasi status berkas bagi pemohon. ';
    const long = words.repeat(Math.ceil(100_000 / words.length)).slice(0, 100_000);
    p.narrative.latarBelakang = long;
    p.breakthrough.description = long;
    p.title = 'Judul '.repeat(100).trim();
    p.people.participant.name = 'N'.repeat(200);
    p.issueAnalysis.issues[0]!.statement = 'isu '.repeat(250).trim();
    const { files, deck: model } = await check(p, 'rancangan');
    const i = model.slides.findIndex((s) => s.section === 'background');
    expect(slideText(files, `ppt/slides/slide${i + 1}.xml`)).toContain('…');
    const notes = xmlOf(files, `ppt/notesSlides/notesSlide${i + 1}.xml`);
    expect(notes.length).toBeGreaterThan(100_000);
  });

  it('hostile strings stay text: markup characters, control characters, right-to-left and emoji', async () => {
    const p = sample();
    const hostile = '<script>alert(1)</script> & "kutip" \'apos\' \u0001\u0008\u000b\u001f\uFFFE ]]> שלום مرحبا 🚀 \u202Eterbalik';
    p.title = hostile;
    p.breakthrough.name = hostile;
    p.issueAnalysis.issues[0]!.statement = hostile;
    p.stakeholders[0]!.name = hostile;
    p.narrative.latarBelakang = hostile;
    const { files } = await check(p, 'laporan', everything);
    for (const s of slideParts(files)) {
      const xml = xmlOf(files, s);
      expect(xml).not.toContain('<script>');
      expect(xml).not.toMatch(/[\u0001\u0008\u000b\u001f\uFFFE]/);
    }
    expect(slideText(files, 'ppt/slides/slide1.xml')).toContain('<script>alert(1)</script> & "kutip"');
    expect(slideText(files, 'ppt/slides/slide1.xml')).toContain('שלום مرحبا');
  });

  it('60 pictures: the deck shows the first eight on two slides and lists the rest in the notes', async () => {
    const p = withPictures(generateProject({ seed: 7, scale: 1, implemented: true }), LIMITS.attachments - 1, 7);
    const { files, deck: model } = await check(p, 'laporan');
    const evidence = model.slides.filter((s) => s.section === 'evidence');
    expect(evidence).toHaveLength(2);
    expect(evidence[0]!.notes).toContain('8 dari 59');
    // The logo on the title slide plus the eight photos.
    expect(Object.keys(files).filter((f) => f.startsWith('ppt/media/')).length).toBeGreaterThanOrEqual(9);
  }, 60_000);

  it('embeds JPEG photos with their own content type', async () => {
    const p = generateProject({ seed: 4, scale: 1, implemented: true });
    const data = new Uint8Array(64 * 48 * 4).fill(180);
    const photo = Buffer.from(jpeg.encode({ data, width: 64, height: 48 }, 80).data).toString('base64');
    p.attachments = [{ id: 'att-j1', name: 'foto.jpg', mime: 'image/jpeg', data: photo, caption: 'Rapat tim', milestoneId: p.milestones[0]!.id }];
    const { files } = await check(p, 'laporan');
    const media = Object.keys(files).filter((f) => f.startsWith('ppt/media/'));
    expect(media.some((f) => /\.jpe?g$/.test(f))).toBe(true);
    expect(xmlOf(files, '[Content_Types].xml')).toMatch(/Extension="jpe?g" ContentType="image\/jpeg"/);
  });

  it.each(SWEEP_SIZES.filter((s) => [0.3, 1, 3, 8, 20].includes(s)))(
    'a generated project at %s× SIPANTAU still fits',
    async (scale) => {
      const p = generateProject({ seed: 11, scale, implemented: true });
      const { deck: model } = await check(p, 'laporan', everything);
      expect(model.slides.length).toBeGreaterThan(SECTION_IDS.length - 1);
      const r = await check(p, 'rancangan');
      expect(r.deck.slides.length).toBeGreaterThanOrEqual(12);
    },
    120_000,
  );

  it('the overflow check would catch a box too small for its text', async () => {
    const { bytes } = await deck(sample(), { kind: 'rancangan' });
    const files = unzipSync(bytes);
    const xml = strFromU8(files['ppt/slides/slide2.xml']!);
    // Shrink the background text box to a tenth of its height.
    files['ppt/slides/slide2.xml'] = strToU8(
      xml.replace(/(<p:cNvPr id="3"[\s\S]*?<a:ext cx="\d+" cy=")(\d+)"/, (_, a: string, cy: string) => `${a}${Math.round(Number(cy) / 10)}"`),
    );
    expect(overflowing(unzip(zipSync(files))).length).toBeGreaterThan(0);
  });
});
