import type { Dictionary } from '../types';

/** The examiner's assessment sheet: scores per component on the organiser's template (or the example). */
export const assessment: Dictionary['assessment'] = {
  open: 'Assessment sheet',
  title: 'Assessment sheet',
  exampleWarning: 'This template is the app’s EXAMPLE, not the organiser’s official rule.',
  component: 'Component',
  weight: 'Weight',
  score: 'Score',
  scoreLabel: 'Score for {{name}} ({{min}}–{{max}})',
  weighted: 'Score × weight',
  total: 'Final score',
  grade: 'Grade',
  incomplete: 'Incomplete: {{n}} components not scored yet',
  outOfRange: 'out of range',
  note: 'Examiner’s note',
  place: 'Place',
  date: 'Date',
  keep: 'Keep in the review',
  kept: 'Assessment sheet kept in the review; save the review to write it to the file.',
  exportDocx: 'Export sheet (DOCX)',
  exportPdf: 'Export sheet (PDF)',
  exported: 'Assessment sheet saved: {{file}}',
  close: 'Close',
};
