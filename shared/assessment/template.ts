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
    // Each custom issue carries its problem as a code and the numbers and names it is about
    // (templateFile.ts turns the first into a Fail worded where it is shown); the message stays for logs.
    const problem = (path: string, message: string, params: TemplateProblemParams) => ctx.addIssue({ code: 'custom', path: [path], message, params });
    const sum = +t.components.reduce((a, c) => a + c.weight, 0).toFixed(2);
    if (!near(sum, 100)) problem('components', `jumlah bobot ${sum}, harus 100`, { problem: 'WEIGHTS', sum });
    const seen = new Set<string>();
    for (const c of t.components) {
      if (seen.has(c.id)) problem('components', 'id komponen ganda', { problem: 'DUPLICATE_COMPONENT', id: c.id });
      seen.add(c.id);
    }
    if (t.scoreMin >= t.scoreMax) problem('scoreMax', 'rentang nilai terbalik', { problem: 'SCORE_RANGE', min: t.scoreMin, max: t.scoreMax });
    const bands = [...t.grades].sort((a, b) => a.min - b.min);
    for (const b of bands)
      if (b.min > b.max) problem('grades', `rentang ${b.label} terbalik`, { problem: 'GRADE_REVERSED', label: b.label, min: b.min, max: b.max });
    // From 0 to 100 on the 0.01 grid, each total in exactly one band.
    const first = bands[0];
    const last = bands[bands.length - 1];
    if (first && !near(first.min, 0)) problem('grades', 'nilai 0 tanpa predikat', { problem: 'GRADE_START', label: first.label, min: first.min });
    if (last && !near(last.max, 100)) problem('grades', 'nilai 100 tanpa predikat', { problem: 'GRADE_END', label: last.label, max: last.max });
    for (let i = 1; i < bands.length; i++) {
      const lower = bands[i - 1]!;
      const upper = bands[i]!;
      const gap = upper.min - lower.max;
      const about = { lower: lower.label, upper: upper.label, max: lower.max, min: upper.min };
      if (gap <= 0) problem('grades', `${lower.label} dan ${upper.label} bertumpuk`, { problem: 'GRADE_OVERLAP', ...about });
      else if (gap > STEP + STEP / 2) problem('grades', `celah antara ${lower.label} dan ${upper.label}`, { problem: 'GRADE_GAP', ...about });
    }
  });

/** What a template's own rule found wrong, as a code with what it is about (shared/assessment/templateFile.ts). */
export type TemplateProblem =
  'WEIGHTS' | 'DUPLICATE_COMPONENT' | 'SCORE_RANGE' | 'GRADE_REVERSED' | 'GRADE_START' | 'GRADE_END' | 'GRADE_OVERLAP' | 'GRADE_GAP';
export type TemplateProblemParams = { problem: TemplateProblem } & Record<string, string | number>;

export type AssessmentTemplate = z.infer<typeof AssessmentTemplateSchema>;
