/** Removing an item removes every reference to it; undo (the previous snapshot) keeps them all. */
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../shared/domain/commands';
import { record, startHistory, undo } from '../../../shared/domain/history';
import { milestoneBudget } from '../../../shared/domain/budget';
import type { Project } from '../../../shared/model/types';
import { sipantau } from './sipantau';

function run(p: Project, c: Command): Project {
  const r = applyCommand(p, c);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.project;
}
const ms = (p: Project, id: string) => p.milestones.find((m) => m.id === id)!;

describe('references', () => {
  it('a removed team member is no longer anyone’s person in charge or owner', () => {
    const p = run(sipantau(), { type: 'list/remove', list: 'team', id: 'T-02' });
    expect(ms(p, 'MP-05').picTeamId).toBeNull();
    expect(ms(p, 'MM-02').picTeamId).toBeNull();
    expect(p.milestones.filter((m) => m.picTeamId === 'T-02')).toEqual([]);
    expect(ms(p, 'MP-01').picTeamId).toBe('T-PL');
  });

  it('a removed budget line no longer counts for the milestones that used it', () => {
    const before = sipantau();
    const p = run(before, { type: 'list/remove', list: 'budgetLines', id: 'BL-04' });
    expect(ms(p, 'MP-05').budgetLineIds).toEqual(['BL-05']);
    expect(milestoneBudget(ms(p, 'MP-05').budgetLineIds, p.budgetLines)).toBe(0);
    // Untouched milestones keep their very objects (history snapshots share them).
    expect(ms(p, 'MP-01')).toBe(ms(before, 'MP-01'));
  });

  it('a removed issue takes its tie decisions with it', () => {
    let p = run(sipantau(), { type: 'list/update', list: 'issues', id: 'ISU-2', patch: { usg: { U: 5, S: 4, G: 5 } } });
    p = run(p, { type: 'tie/decide', issueIds: ['ISU-2', 'ISU-1'], decidedWith: 'MENTOR', note: '' });
    p = run(p, { type: 'list/remove', list: 'issues', id: 'ISU-2' });
    expect(p.issueAnalysis.tieDecisions).toEqual([]);
  });

  it('sub-causes of a removed cause move up a level', () => {
    let p = sipantau();
    p = run(p, { type: 'list/add', list: 'rootCauses', item: { id: 'rc-sub', category: 'MAN', text: 'Belum ada pelatihan', parentId: 'rc-2' } });
    p = run(p, { type: 'list/remove', list: 'rootCauses', id: 'rc-2' });
    expect(p.rootCauses.causes.find((c) => c.id === 'rc-sub')).toMatchObject({ parentId: null, text: 'Belum ada pelatihan' });
  });

  it('undo brings the item and its references back', () => {
    const p0 = sipantau();
    const h1 = record(startHistory(p0), run(p0, { type: 'list/remove', list: 'team', id: 'T-02' }), null, 0);
    const back = undo(h1).present;
    expect(ms(back, 'MP-05').picTeamId).toBe('T-02');
    expect(back.team.some((t) => t.id === 'T-02')).toBe(true);
  });
});

describe('batch', () => {
  it('applies several commands as one change, or none of them when one is refused', () => {
    const p = sipantau();
    const ok = applyCommand(p, {
      type: 'batch',
      commands: [
        { type: 'list/update', list: 'risks', id: 'R-01', patch: { likelihood: 2 } },
        { type: 'list/update', list: 'risks', id: 'R-02', patch: { likelihood: 4 } },
      ],
    });
    expect(ok.ok && ok.project.risks.slice(0, 2).map((r) => r.likelihood)).toEqual([2, 4]);
    const refused = applyCommand(p, {
      type: 'batch',
      commands: [
        { type: 'list/update', list: 'risks', id: 'R-01', patch: { likelihood: 2 } },
        { type: 'list/update', list: 'risks', id: 'R-02', patch: { likelihood: 9 } },
      ],
    });
    expect(refused.ok).toBe(false);
    expect(p.risks[0]!.likelihood).toBe(3);
  });
});
