/**
 * The lembar penilaian's template: its components with their weights and the grade labels with
 * the ranges of the weighted total. It comes from the organiser (a JSON file), so it is validated
 * like any file from someone else: bounded strings and lists, weights that add up to exactly 100,
 * grade ranges inside 0–100 that neither overlap nor leave a total without a grade.
 */
import { z } from 'zod';
import { id, list, shortText } from '../model/fields';

export const ASSESSMENT_TEMPLATE_FORMAT = 'rancang-perubahan-lembar-penilaian';

/** Totals are kept to two decimals; ranges are compared on that grid. */
const STEP = 0.01;
const near = (a: number, b: number) => Math.abs(a - b) < STEP / 2;

export const AssessmentComponentSchema = z.object({
  id: id(),
  name: z.string().trim().min(1).max(300),
  description: shortText(1_000),
  /** Percent of the total, > 0. */
  weight: z.number().gt(0).max(100),
});

export const GradeBandSchema = z.object({
  label: z.string().trim().min(1).max(100),
  /** Inclusive bounds of the weighted total (0–100, two decimals). */
  min: z.number().min(0).max(100),
  max: z.number().min(0).max(100),
});

export const AssessmentTemplateSchema = z
  .object({
    format: z.literal(ASSESSMENT_TEMPLATE_FORMAT),
    name: z.string().trim().min(1).max(300),
    /** Set on the example shipped with the app, so no one mistakes it for an official rule. */
    example: z.boolean().default(false),
    /** Who issued it ("Lembaga Administrasi Negara", a BPSDM) and for which programme; free text. */
    issuer: shortText(300),
    /** Score each component is given in, inclusive. */
    scoreMin: z.number().min(0).max(1_000).default(0),
    scoreMax: z.number().min(1).max(1_000).default(100),
    components: list(AssessmentComponentSchema, 40).refine((c) => c.length > 0, { message: 'komponen kosong' }),
    grades: list(GradeBandSchema, 20).refine((g) => g.length > 0, { message: 'predikat kosong' }),
  })
  .superRefine((t, ctx) => {
    const sum = t.components.reduce((a, c) => a + c.weight, 0);
    if (!near(sum, 100)) ctx.addIssue({ code: 'custom', path: ['components'], message: `jumlah bobot ${+sum.toFixed(2)}, harus 100` });
    const ids = new Set(t.components.map((c) => c.id));
    if (ids.size !== t.components.length) ctx.addIssue({ code: 'custom', path: ['components'], message: 'id komponen ganda' });
    if (t.scoreMin >= t.scoreMax) ctx.addIssue({ code: 'custom', path: ['scoreMax'], message: 'rentang nilai terbalik' });
    const bands = [...t.grades].sort((a, b) => a.min - b.min);
    for (const b of bands) if (b.min > b.max) ctx.addIssue({ code: 'custom', path: ['grades'], message: `rentang ${b.label} terbalik` });
    // From 0 to 100 on the 0.01 grid, each total in exactly one band.
    if (bands.length && !near(bands[0]!.min, 0)) ctx.addIssue({ code: 'custom', path: ['grades'], message: 'nilai 0 tanpa predikat' });
    if (bands.length && !near(bands[bands.length - 1]!.max, 100)) ctx.addIssue({ code: 'custom', path: ['grades'], message: 'nilai 100 tanpa predikat' });
    for (let i = 1; i < bands.length; i++) {
      const gap = bands[i]!.min - bands[i - 1]!.max;
      if (gap <= 0) ctx.addIssue({ code: 'custom', path: ['grades'], message: `${bands[i - 1]!.label} dan ${bands[i]!.label} bertumpuk` });
      else if (gap > STEP + STEP / 2) ctx.addIssue({ code: 'custom', path: ['grades'], message: `celah antara ${bands[i - 1]!.label} dan ${bands[i]!.label}` });
    }
  });

export type AssessmentTemplate = z.infer<typeof AssessmentTemplateSchema>;
