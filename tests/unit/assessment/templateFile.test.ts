/**
 * "Muat format penilaian…" over the real services and real temp files: a valid organiser's
 * template is kept in settings (and is still there for a new run of the services); weights of 99,
 * a gap between grades, a file that is not JSON, a hostile or huge file are refused with a code
 * and the parameters naming what is wrong, worded in Indonesian and English, and keep nothing.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASSESSMENT_TEMPLATE_FORMAT } from '../../../shared/assessment/template';
import { TEMPLATE_FILE_BYTES } from '../../../shared/assessment/templateFile';
import { failText } from '../../../shared/errors';
import type { Fail } from '../../../shared/result';
import { servicesIn, tempDir } from '../helpers';

const organiserTemplate = (over: object = {}) => ({
  format: ASSESSMENT_TEMPLATE_FORMAT,
  name: 'Lembar Penilaian Seminar Laporan PKA Angkatan IV',
  issuer: 'BPSDM Provinsi Jambi',
  components: [
    { id: 'substansi', name: 'Substansi laporan aksi perubahan', weight: 40 },
    { id: 'capaian', name: 'Capaian jangka pendek', weight: 30 },
    { id: 'presentasi', name: 'Presentasi dan diskusi', weight: 30 },
  ],
  grades: [
    { label: 'Kurang', min: 0, max: 69.99 },
    { label: 'Baik', min: 70, max: 84.99 },
    { label: 'Sangat Baik', min: 85, max: 100 },
  ],
  ...over,
});

async function load(content: string | Buffer) {
  const dir = await tempDir('rancang-template-');
  const file = path.join(dir, 'format-penilaian.json');
  await writeFile(file, content);
  const { services, dialogs } = await servicesIn(dir);
  dialogs.answer(file);
  const r = await services.loadAssessmentTemplate();
  return { r, services, dir };
}

const refused = (r: { ok: boolean }) => {
  expect(r.ok).toBe(false);
  return r as Fail;
};

describe('loading the organiser’s assessment template', () => {
  it('keeps a valid template in settings, for later runs too', async () => {
    const { r, services, dir } = await load(JSON.stringify(organiserTemplate()));
    expect(r.ok && r.value?.fileName).toBe('format-penilaian.json');
    expect(r.ok && r.value?.template.components.map((c) => c.name)).toEqual([
      'Substansi laporan aksi perubahan',
      'Capaian jangka pendek',
      'Presentasi dan diskusi',
    ]);
    // Not the shipped example: the sheet does not say "contoh".
    expect(r.ok && r.value?.template.example).toBe(false);
    const kept = await services.getAssessmentTemplate();
    expect(kept.ok && kept.value?.name).toBe('Lembar Penilaian Seminar Laporan PKA Angkatan IV');
    const again = await servicesIn(dir);
    const later = await again.services.getAssessmentTemplate();
    expect(later.ok && later.value?.issuer).toBe('BPSDM Provinsi Jambi');
  });

  it('refuses weights adding up to 99, naming the sum, and keeps the template it had', async () => {
    const { r, services } = await load(
      JSON.stringify(
        organiserTemplate({
          components: [
            { id: 'a', name: 'Substansi', weight: 40 },
            { id: 'b', name: 'Capaian', weight: 30 },
            { id: 'c', name: 'Presentasi', weight: 29 },
          ],
        }),
      ),
    );
    const f = refused(r);
    expect(f.code).toBe('TEMPLATE_WEIGHTS');
    expect(f.params).toEqual({ sum: 99 });
    expect(f.message).toBe('Format penilaian ditolak: jumlah bobot komponennya 99, padahal harus tepat 100.');
    expect(failText(f, 'en')).toBe('Assessment format refused: its component weights add up to 99, but they must add up to exactly 100.');
    const kept = await services.getAssessmentTemplate();
    expect(kept.ok && kept.value).toBeNull();
  });

  it('refuses a gap between two grades, naming both and where each stops and starts', async () => {
    const { r } = await load(
      JSON.stringify(
        organiserTemplate({
          grades: [
            { label: 'Kurang', min: 0, max: 69.99 },
            { label: 'Baik', min: 75, max: 100 },
          ],
        }),
      ),
    );
    const f = refused(r);
    expect(f.code).toBe('TEMPLATE_GRADE_GAP');
    expect(f.params).toEqual({ lower: 'Kurang', upper: 'Baik', max: 69.99, min: 75 });
    expect(f.message).toContain('ada celah antara predikat “Kurang” (sampai 69.99) dan “Baik” (mulai 75)');
    expect(failText(f, 'en')).toContain('there is a gap between the grades “Kurang” (up to 69.99) and “Baik” (from 75)');
  });

  it('refuses grades that overlap or do not reach 0 or 100', async () => {
    const overlap = refused(
      (
        await load(
          JSON.stringify(
            organiserTemplate({
              grades: [
                { label: 'Kurang', min: 0, max: 72 },
                { label: 'Baik', min: 70, max: 100 },
              ],
            }),
          ),
        )
      ).r,
    );
    expect(overlap.code).toBe('TEMPLATE_GRADE_OVERLAP');
    const start = refused((await load(JSON.stringify(organiserTemplate({ grades: [{ label: 'Lulus', min: 10, max: 100 }] })))).r);
    expect(start.code).toBe('TEMPLATE_GRADE_START');
    expect(start.params).toEqual({ label: 'Lulus', min: 10 });
  });

  it('refuses a file that is not JSON, with the line and column', async () => {
    const f = refused((await load('Komponen;Bobot\nSubstansi;40\n')).r);
    expect(f.code).toBe('NOT_JSON');
    expect(f.params).toMatchObject({ line: 1, column: 1 });
  });

  it('refuses JSON that is not a template, and a template missing a field, naming the field', async () => {
    expect(refused((await load(JSON.stringify({ format: 'rancang-perubahan-ulasan', review: {} }))).r).code).toBe('NOT_ASSESSMENT_TEMPLATE');
    const missing = organiserTemplate() as Record<string, unknown>;
    const components = missing['components'] as Record<string, unknown>[];
    delete components[1]!['weight'];
    const f = refused((await load(JSON.stringify(missing))).r);
    expect(f.code).toBe('TEMPLATE_INVALID');
    expect(f.message).toBe('Format penilaian ditolak: Komponen penilaian ke-2 › bobot: jenis data salah (seharusnya angka)');
    expect(failText(f, 'en')).toBe('Assessment format refused: Assessment component 2 › weight: wrong kind of data (should be number)');
  });

  it('refuses a huge file by its size before reading it, and hostile content by its shape', async () => {
    const huge = refused((await load(Buffer.alloc(TEMPLATE_FILE_BYTES + 1, 0x20))).r);
    expect(huge.code).toBe('TOO_LARGE');
    expect(huge.params).toEqual({ size: '257 KB', limit: '256 KB' });
    // Deep nesting made to exhaust the parser: counted before JSON.parse builds anything.
    expect(refused((await load('['.repeat(50_000) + ']'.repeat(50_000))).r).code).toBe('NOT_ASSESSMENT_TEMPLATE');
    expect(refused((await load(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))).r).code).toBe('INVALID_UTF8');
    // Markup in a name is kept as text (React renders it as text); prototype keys are stripped by the schema.
    const tricky = await load(
      JSON.stringify(organiserTemplate({ name: '<img src=x onerror=alert(1)>', __proto__: { polluted: true }, constructor: { prototype: { x: 1 } } })),
    );
    expect(tricky.r.ok && tricky.r.value?.template.name).toBe('<img src=x onerror=alert(1)>');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(tricky.r.ok && Object.keys(tricky.r.value!.template)).not.toContain('constructor');
  });

  it('answers null when the dialog is cancelled', async () => {
    const dir = await tempDir('rancang-template-');
    const { services } = await servicesIn(dir);
    const r = await services.loadAssessmentTemplate();
    expect(r).toEqual({ ok: true, value: null });
  });
});
