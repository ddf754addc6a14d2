/**
 * The examiner's filled sheet, kept in the review file (ReviewSchema.assessment): the template it
 * was filled on (a copy, so the sheet reads the same if the organiser's file changes), a score per
 * component, a note, where and when it was signed. And the arithmetic: the weighted total and the
 * grade, pure, so the screen, the DOCX and the PDF print one number.
 */
import { z } from 'zod';
import { id, isoDate, list, shortText, timestamp } from '../model/fields';
import { AssessmentTemplateSchema, type AssessmentTemplate } from './template';

export const AssessmentScoreSchema = z.object({
  componentId: id(),
  /** Null until given; checked against the template's score range by assessmentResult. */
  score: z.number().min(0).max(1_000).nullable().default(null),
  note: shortText(1_000),
});

export const AssessmentSchema = z.object({
  template: AssessmentTemplateSchema,
  scores: list(AssessmentScoreSchema, 40),
  note: shortText(4_000),
  place: shortText(200),
  date: isoDate(),
  updatedAt: timestamp(),
});

export type Assessment = z.infer<typeof AssessmentSchema>;

export interface AssessmentRow {
  id: string;
  name: string;
  weight: number;
  score: number | null;
  /** score × weight / 100, two decimals; null without a score. */
  weighted: number | null;
  /** A score outside the template's range (a hand-edited file): not counted. */
  outOfRange: boolean;
}

export interface AssessmentResult {
  rows: AssessmentRow[];
  /** Weighted total on 0–100 (scores rescaled from the template's range), two decimals; null until every component has a valid score. */
  total: number | null;
  grade: string | null;
  /** Components still without a (valid) score. */
  missing: number;
}

const round2 = (x: number) => Math.round(x * 100 + Number.EPSILON * 100) / 100;

/** A new, empty sheet on a template. */
export function newAssessment(template: AssessmentTemplate): Assessment {
  return { template, scores: template.components.map((c) => ({ componentId: c.id, score: null, note: '' })), note: '', place: '', date: null, updatedAt: '' };
}

/**
 * The sheet moved onto another template (the organiser's, loaded after the example): scores of
 * components with the same id stay, the others start empty; note, place and date stay.
 */
export function withTemplate(a: Assessment, template: AssessmentTemplate): Assessment {
  const score = (id: string) => a.scores.find((s) => s.componentId === id);
  return { ...a, template, scores: template.components.map((c) => ({ componentId: c.id, score: score(c.id)?.score ?? null, note: score(c.id)?.note ?? '' })) };
}

export function gradeFor(template: AssessmentTemplate, total: number): string | null {
  return template.grades.find((g) => total >= g.min - 0.005 && total <= g.max + 0.005)?.label ?? null;
}

export function assessmentResult(a: Assessment): AssessmentResult {
  const t = a.template;
  const span = t.scoreMax - t.scoreMin;
  // Summed unrounded; each row and the total are rounded once, for print.
  const exact = t.components.map((c) => {
    const score = a.scores.find((s) => s.componentId === c.id)?.score ?? null;
    const outOfRange = score !== null && (score < t.scoreMin || score > t.scoreMax);
    const weighted = score !== null && !outOfRange ? (((score - t.scoreMin) / span) * 100 * c.weight) / 100 : null;
    return { c, score, outOfRange, weighted };
  });
  const rows = exact.map(({ c, score, outOfRange, weighted }): AssessmentRow => ({
    id: c.id,
    name: c.name,
    weight: c.weight,
    score,
    weighted: weighted === null ? null : round2(weighted),
    outOfRange,
  }));
  const missing = exact.filter((r) => r.weighted === null).length;
  const total = missing ? null : round2(exact.reduce((sum, r) => sum + r.weighted!, 0));
  return { rows, total, grade: total === null ? null : gradeFor(t, total), missing };
}
