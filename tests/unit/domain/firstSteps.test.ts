import { describe, expect, it } from 'vitest';
import { FIRST_STEPS, nextStep, SIPANTAU_EXAMPLES, stepsDone } from '../../../shared/domain/firstSteps';
import { createProject } from '../../../shared/model/envelope';
import { sipantau } from './sipantau';

describe('first steps', () => {
  it('a new project starts at the identity, then follows the path as sections get content', () => {
    const p = createProject({ title: '' });
    expect(nextStep(p)).toBe('identitas');
    expect(stepsDone(p)).toBe(0);
    p.title = 'Judul';
    expect(nextStep(p)).toBe('latar-belakang');
    p.narrative.latarBelakang = 'Latar';
    expect(nextStep(p)).toBe('isu');
    expect(stepsDone(p)).toBe(2);
  });

  it('the finished SIPANTAU has no next step', () => {
    expect(nextStep(sipantau())).toBeNull();
    expect(stepsDone(sipantau())).toBe(FIRST_STEPS.length);
  });

  it('every example is what the shipped SIPANTAU sample says', () => {
    const p = sipantau();
    const g = p.gap.find((x) => x.aspect === 'Waktu respons pertanyaan status')!;
    expect(SIPANTAU_EXAMPLES).toEqual({
      identitas: p.title,
      'latar-belakang': `${p.narrative.latarBelakang.split('. ')[0]}.`,
      isu: p.issueAnalysis.issues[0]!.statement,
      'akar-masalah': p.rootCauses.causes.find((c) => c.category === 'MAN')!.text,
      kesenjangan: `${g.aspect}: ${g.current} → ${g.expected}`,
      gagasan: `${p.breakthrough.name} — ${p.breakthrough.description}`,
      tujuan: p.goals.PENDEK.statement,
      milestone: p.milestones[0]!.title,
      stakeholder: p.stakeholders[0]!.name,
      risiko: p.risks[0]!.description,
      anggaran: p.budgetLines[0]!.item,
    });
  });
});
