/**
 * The lembar penilaian: the template validated (weights adding up to 100, grade ranges covering
 * 0–100 once), the weighted total and grade, and the sheet exported as DOCX (read back through
 * LibreOffice) and as PDF (printed by Chromium, read back with pdftotext).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessmentBytes, createAssessmentMethods } from '../../../electron/core/assessment/export';
import { EXAMPLE_TEMPLATE } from '../../../shared/assessment/example';
import { failText } from '../../../shared/errors';
import { assessmentResult, newAssessment, type Assessment } from '../../../shared/assessment/sheet';
import { ASSESSMENT_TEMPLATE_FORMAT, AssessmentTemplateSchema } from '../../../shared/assessment/template';
import { ReviewSchema } from '../../../shared/review/schema';
import type { Review } from '../../../shared/review/types';
import { chromiumPrinter } from '../../../scripts/support/chromiumPrinter';
import { sipantau } from '../domain/sipantau';
import { QueueDialogs, tempDir } from '../helpers';
import { canConvert, convertToPdf, pdfPages, squash } from '../report/pdfPages';
import { chromiumPath } from '../../../scripts/support/chromiumPath';

const template = (over: object) =>
  AssessmentTemplateSchema.safeParse({
    format: ASSESSMENT_TEMPLATE_FORMAT,
    name: 'Templat BPSDM',
    components: [
      { id: 'a', name: 'Substansi', weight: 60 },
      { id: 'b', name: 'Presentasi', weight: 40 },
    ],
    grades: [
      { label: 'Kurang', min: 0, max: 69.99 },
      { label: 'Baik', min: 70, max: 100 },
    ],
    ...over,
  });

const filled = (scores: (number | null)[]): Assessment => {
  const a = newAssessment(EXAMPLE_TEMPLATE);
  a.scores = a.scores.map((s, i) => ({ ...s, score: scores[i] ?? null }));
  return { ...a, note: 'Paparan jelas; perkuat data baseline.', place: 'Jambi', date: '2026-12-01' };
};

const issues = (r: ReturnType<typeof template>) => (r.success ? [] : r.error.issues.map((i) => i.message));

describe('assessment template', () => {
  it('accepts weights that add up to 100 and grades that cover 0–100 once', () => {
    expect(template({}).success).toBe(true);
    expect(EXAMPLE_TEMPLATE.example).toBe(true);
    expect(EXAMPLE_TEMPLATE.name).toMatch(/^CONTOH/);
  });

  it('refuses weights that do not add up, duplicate ids, and grades with gaps or overlaps', () => {
    expect(
      issues(
        template({
          components: [
            { id: 'a', name: 'A', weight: 60 },
            { id: 'b', name: 'B', weight: 30 },
          ],
        }),
      ),
    ).toContain('jumlah bobot 90, harus 100');
    expect(
      issues(
        template({
          components: [
            { id: 'a', name: 'A', weight: 50 },
            { id: 'a', name: 'B', weight: 50 },
          ],
        }),
      ),
    ).toContain('id komponen ganda');
    expect(
      issues(
        template({
          grades: [
            { label: 'Kurang', min: 0, max: 60 },
            { label: 'Baik', min: 70, max: 100 },
          ],
        }),
      ),
    ).toContain('celah antara Kurang dan Baik');
    expect(
      issues(
        template({
          grades: [
            { label: 'Kurang', min: 0, max: 75 },
            { label: 'Baik', min: 70, max: 100 },
          ],
        }),
      ),
    ).toContain('Kurang dan Baik bertumpuk');
    expect(issues(template({ grades: [{ label: 'Baik', min: 10, max: 100 }] }))).toContain('nilai 0 tanpa predikat');
    expect(template({ components: [] }).success).toBe(false);
    expect(
      template({
        components: [
          { id: 'a', name: 'A', weight: -5 },
          { id: 'b', name: 'B', weight: 105 },
        ],
      }).success,
    ).toBe(false);
  });
});

describe('assessment totals', () => {
  it('weights each score, totals to two decimals and names the grade', () => {
    // 35, 25, 25, 15 percent.
    const r = assessmentResult(filled([88, 91, 86.5, 79]));
    expect(r.rows.map((x) => x.weighted)).toEqual([30.8, 22.75, 21.63, 11.85]);
    // 30.8 + 22.75 + 21.625 + 11.85 = 87.025, rounded once.
    expect(r.total).toBe(87.03);
    expect(r.grade).toBe('Memuaskan');
    expect(assessmentResult(filled([100, 100, 100, 100]))).toMatchObject({ total: 100, grade: 'Sangat Memuaskan' });
    expect(assessmentResult(filled([60, 60, 60, 60]))).toMatchObject({ total: 60, grade: 'Tidak Memuaskan' });
  });

  it('no total until every component has a score within range', () => {
    expect(assessmentResult(filled([88, null, 86, 79]))).toMatchObject({ total: null, grade: null, missing: 1 });
    const r = assessmentResult(filled([88, 140, 86, 79]));
    expect(r).toMatchObject({ total: null, missing: 1 });
    expect(r.rows[1]!.outOfRange).toBe(true);
  });

  it('travels in the review file, and a review without one stays valid', () => {
    const p = sipantau();
    const review = ReviewSchema.parse({
      project: { id: p.id, title: p.title },
      reviewer: { id: 'rv-1', name: 'Dr. Penguji', role: 'PENGUJI' },
      assessment: filled([88, 91, 86.5, 79]),
    });
    expect(review.assessment?.scores.map((s) => s.score)).toEqual([88, 91, 86.5, 79]);
    expect(ReviewSchema.parse({ project: { id: p.id, title: p.title }, reviewer: { id: 'rv-1', name: 'X' } }).assessment).toBeUndefined();
  });
});

describe('assessment export', () => {
  const p = sipantau();
  const review: Review = ReviewSchema.parse({
    project: { id: p.id, title: p.title },
    reviewer: { id: 'rv-1', name: 'Dr. Siti Penguji, M.Si.', role: 'PENGUJI', nip: '197001012000032001' },
    assessment: filled([88, 91, 86.5, 79]),
  });
  const expectSheet = (text: string) => {
    const t = squash(text);
    expect(t).toContain('CONTOH');
    expect(t).toContain('LEMBAR PENILAIAN');
    expect(t).toContain(p.people.participant.name.trim());
    expect(t).toContain('Substansi rancangan/laporan');
    expect(t).toMatch(/Nilai Akhir 87,03/);
    expect(t).toMatch(/Predikat Memuaskan/);
    expect(t).toContain('Jambi, 1 Desember 2026');
    expect(t).toContain('Dr. Siti Penguji, M.Si.');
    expect(t).toContain('NIP 19700101 200003 2 001');
  };

  it('refuses a sheet for another project before asking where to save, worded in both languages', async () => {
    const dialogs = new QueueDialogs();
    const other = { ...review, project: { id: 'prj-lain', title: 'Proyek lain' } };
    const r = await createAssessmentMethods({ dialogs, project: () => p }).exportAssessment('doc-1', other, 'docx');
    expect(r.ok || r.code).toBe('BAD_ARGS');
    expect(r.ok || failText(r, 'en')).toBe('Invalid request to the main process (the assessment sheet is missing or is for another project).');
    expect(r.ok || failText(r, 'id')).toMatch(/untuk proyek lain/);
  });

  it.skipIf(!canConvert)(
    'DOCX: written where the dialog says, opened by LibreOffice, every line read back',
    async () => {
      const dir = await tempDir();
      const dialogs = new QueueDialogs();
      dialogs.answer(path.join(dir, 'Lembar Penilaian.docx'));
      const r = await createAssessmentMethods({ dialogs, project: () => p }).exportAssessment('doc-1', review, 'docx');
      expect(r).toMatchObject({ ok: true, value: { fileName: 'Lembar Penilaian.docx' } });
      convertToPdf([path.join(dir, 'Lembar Penilaian.docx')], dir);
      const pages = pdfPages(path.join(dir, 'Lembar Penilaian.pdf'));
      expect(pages).toHaveLength(1);
      expectSheet(pages[0]!);
    },
    240_000,
  );

  it.skipIf(!existsSync(chromiumPath()))(
    'PDF: printed by Chromium, every line read back',
    async () => {
      const printer = await chromiumPrinter();
      try {
        const dir = await tempDir();
        const file = path.join(dir, 'Lembar Penilaian.pdf');
        writeFileSync(file, await assessmentBytes(review, p, 'pdf', printer.print));
        expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');
        const pages = pdfPages(file);
        expect(pages).toHaveLength(1);
        expectSheet(pages[0]!);
      } finally {
        await printer.close();
      }
    },
    240_000,
  );
});
