/**
 * The answers to the organisers' twelve-month evaluation, as a table for the implementation report
 * and as a short text to paste into the organisers' form (always Indonesian, like the report).
 */
import { formatDate } from '../../format/dates';
import type { Project } from '../../model/types';
import { cell, cols, table } from '../blocks';
import type { ReportContext } from '../context';
import type { TableBlock } from '../outline';

export const SCALE_TEXT: Record<number, string> = {
  1: 'belum berjalan',
  2: 'baru dimulai',
  3: 'berjalan sebagian',
  4: 'sebagian besar tercapai',
  5: 'tercapai dan melembaga',
};

export const EVALUATION_QUESTIONS = {
  progress: 'Seberapa jauh perubahan telah berjalan (skala 1–5)?',
  benefits: 'Manfaat apa yang telah dirasakan?',
  obstacles: 'Kendala apa yang dihadapi?',
  support: 'Dukungan apa yang diperoleh atau masih dibutuhkan?',
} as const;

function answers(p: Project): [question: string, answer: string][] {
  const e = p.postTraining.evaluation;
  return [
    [EVALUATION_QUESTIONS.progress, e.progressScale === null ? '' : `${e.progressScale} (${SCALE_TEXT[e.progressScale]})`],
    [EVALUATION_QUESTIONS.benefits, e.benefits],
    [EVALUATION_QUESTIONS.obstacles, e.obstacles],
    [EVALUATION_QUESTIONS.support, e.support],
  ];
}

export function hasEvaluation(p: Project): boolean {
  return answers(p).some(([, a]) => a.trim() !== '');
}

export function evaluationTable(c: ReportContext): TableBlock | null {
  if (!hasEvaluation(c.p)) return null;
  const on = c.p.postTraining.evaluation.answeredOn;
  return table({
    caption: c.numbers.nextTable(`Jawaban Evaluasi Pascapelatihan${on ? ` (${formatDate(on)})` : ''}`),
    columns: cols(['No', 6, 'center'], ['Pertanyaan', 40], ['Jawaban', 54]),
    rows: answers(c.p).map(([q, a], i) => [{ text: String(i + 1), align: 'center' }, cell(q), cell(a)]),
  });
}

/** The answers as plain text to paste into the organisers' form or a message. */
export function evaluationText(p: Project): string {
  const who = p.people.participant;
  const on = p.postTraining.evaluation.answeredOn;
  const head = [
    `Evaluasi pascapelatihan — ${p.title.trim()}`,
    `${who.name.trim()}${who.nip.trim() ? ` (NIP ${who.nip.trim()})` : ''}`,
    on ? `Tanggal: ${formatDate(on)}` : '',
  ]
    .filter(Boolean)
    .join('\n');
  const body = answers(p)
    .map(([q, a], i) => `${i + 1}. ${q}\n${a.trim() || '-'}`)
    .join('\n\n');
  return `${head}\n\n${body}\n`;
}
