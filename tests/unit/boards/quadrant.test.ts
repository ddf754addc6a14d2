import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { effectiveStrategy, movedStakeholders, quadrantCounts, quadrantOf, QUADRANT_STRATEGY } from '../../../shared/domain/quadrant';
import { decodeProjectText } from '../../../shared/model/envelope';
import { StakeholderSchema } from '../../../shared/model/schema';
import { SAMPLE } from '../helpers';

const sipantau = () => {
  const r = decodeProjectText(readFileSync(SAMPLE, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.value.project;
};

describe('quadrant classification', () => {
  it('is inclusive at the threshold (high ⇔ score ≥ threshold), default 3', () => {
    expect(quadrantOf(3, 3, 3)).toBe('KEY_PLAYER');
    expect(quadrantOf(3, 2, 3)).toBe('CONTEXT_SETTER');
    expect(quadrantOf(2, 3, 3)).toBe('SUBJECT');
    expect(quadrantOf(2, 2, 3)).toBe('CROWD');
    expect(quadrantOf(5, 5, 3)).toBe('KEY_PLAYER');
    expect(quadrantOf(1, 1, 3)).toBe('CROWD');
  });

  it('moves with the threshold setting', () => {
    expect(quadrantOf(3, 3, 4)).toBe('CROWD');
    expect(quadrantOf(4, 3, 4)).toBe('CONTEXT_SETTER');
    expect(quadrantOf(2, 2, 2)).toBe('KEY_PLAYER');
    expect(quadrantOf(5, 4, 5)).toBe('CONTEXT_SETTER');
  });

  it('is unknown until both scores are given', () => {
    expect(quadrantOf(null, 3, 3)).toBeNull();
    expect(quadrantOf(3, null, 3)).toBeNull();
  });

  it('gives the SIPANTAU counts of docs/domain.md §9.6, with the boundary cases', () => {
    const p = sipantau();
    expect(quadrantCounts(p.stakeholders, 'before', 3)).toEqual({ KEY_PLAYER: 3, CONTEXT_SETTER: 4, SUBJECT: 3, CROWD: 2 });
    expect(quadrantCounts(p.stakeholders, 'after', 3)).toEqual({ KEY_PLAYER: 7, CONTEXT_SETTER: 1, SUBJECT: 3, CROWD: 1 });
    expect(movedStakeholders(p.stakeholders, 3)).toEqual(['SH-03', 'SH-05', 'SH-06', 'SH-07', 'SH-10']);
    const byId = new Map(p.stakeholders.map((s) => [s.id, s]));
    // SH-10 has power 3 and SH-11 interest 3: both count as high.
    expect(quadrantOf(byId.get('SH-10')!.before.power, byId.get('SH-10')!.before.interest, 3)).toBe('CONTEXT_SETTER');
    expect(quadrantOf(byId.get('SH-11')!.before.power, byId.get('SH-11')!.before.interest, 3)).toBe('KEY_PLAYER');
    // SH-06 becomes a key player only because power goes from 2 to 3.
    expect(quadrantOf(byId.get('SH-06')!.after.power, byId.get('SH-06')!.after.interest, 3)).toBe('KEY_PLAYER');
    expect(p.stakeholders.filter((s) => s.category === 'INTERNAL')).toHaveLength(6);
  });

  it('suggests the quadrant strategy until the user writes their own', () => {
    const s = StakeholderSchema.parse({ id: 's', before: { power: 4, interest: 1 } });
    expect(effectiveStrategy(s, 3)).toBe(QUADRANT_STRATEGY.CONTEXT_SETTER);
    expect(effectiveStrategy({ ...s, strategy: 'Audiensi bulanan' }, 3)).toBe('Audiensi bulanan');
    expect(effectiveStrategy(StakeholderSchema.parse({ id: 'x' }), 3)).toBe('');
  });
});
