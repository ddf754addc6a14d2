/** A sheet moved onto the organiser's template keeps the scores of components with the same id, and its note, place and date. */
import { describe, expect, it } from 'vitest';
import { EXAMPLE_TEMPLATE } from '../../../shared/assessment/example';
import { assessmentResult, newAssessment, withTemplate } from '../../../shared/assessment/sheet';
import { ASSESSMENT_TEMPLATE_FORMAT, AssessmentTemplateSchema } from '../../../shared/assessment/template';

const organiser = AssessmentTemplateSchema.parse({
  format: ASSESSMENT_TEMPLATE_FORMAT,
  name: 'Lembar Penilaian BPSDM',
  components: [
    { id: 'substansi', name: 'Substansi', weight: 50 },
    { id: 'paparan', name: 'Paparan', weight: 50 },
  ],
  grades: [
    { label: 'Kurang', min: 0, max: 69.99 },
    { label: 'Baik', min: 70, max: 100 },
  ],
});

describe('withTemplate', () => {
  it('keeps scores of components with the same id, starts the others empty, keeps note, place and date', () => {
    const sheet = newAssessment(EXAMPLE_TEMPLATE);
    sheet.scores = sheet.scores.map((s) => ({ ...s, score: s.componentId === 'substansi' ? 88 : 70 }));
    const moved = withTemplate({ ...sheet, note: 'Jelas.', place: 'Jambi', date: '2026-12-01' }, organiser);
    expect(moved.template.name).toBe('Lembar Penilaian BPSDM');
    expect(moved.scores).toEqual([
      { componentId: 'substansi', score: 88, note: '' },
      { componentId: 'paparan', score: null, note: '' },
    ]);
    expect([moved.note, moved.place, moved.date]).toEqual(['Jelas.', 'Jambi', '2026-12-01']);
    expect(assessmentResult(moved)).toMatchObject({ total: null, missing: 1 });
  });
});
