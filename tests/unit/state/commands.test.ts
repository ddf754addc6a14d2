import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../shared/domain/commands';
import { createProject } from '../../../shared/model/envelope';
import { LIMITS } from '../../../shared/model/limits';
import { MilestoneSchema, StakeholderSchema } from '../../../shared/model/schema';
import type { Project } from '../../../shared/model/types';
import { refusalText } from '../../../shared/i18n/notices';

const ok = (p: Project, c: Command) => {
  const r = applyCommand(p, c);
  if (!r.ok) throw new Error(r.errors.map((e) => refusalText(e)).join('; '));
  return r.project;
};
const ms = (id: string, horizon: 'PENDEK' | 'MENENGAH' | 'PANJANG') => MilestoneSchema.parse({ id, horizon, title: id });

describe('commands', () => {
  it('refuse values the schema refuses, with a readable reason, and leave the project as it was', () => {
    const p = createProject();
    const withIssue = ok(p, {
      type: 'list/add',
      list: 'issues',
      item: {
        id: 'i1',
        statement: 'Isu',
        source: '',
        apklScores: { A: null, P: null, K: null, L: null },
        apklChecks: { A: { ok: null, reason: '' }, P: { ok: null, reason: '' }, K: { ok: null, reason: '' }, L: { ok: null, reason: '' } },
        usg: { U: null, S: null, G: null },
      },
    });
    const bad = applyCommand(withIssue, { type: 'list/update', list: 'issues', id: 'i1', patch: { usg: { U: 6, S: 1, G: 1 } } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && refusalText(bad.errors[0]!)).toMatch(/paling tinggi 5/);
    expect(applyCommand(p, { type: 'title/set', value: 'x'.repeat(LIMITS.title + 1) }).ok).toBe(false);
    expect(applyCommand(p, { type: 'calendar/patch', patch: { seminarLaporan: '2022-13-01' } }).ok).toBe(false);
    expect(
      applyCommand(p, { type: 'list/add', list: 'budgetLines', item: { id: 'b', item: '', volume: -1, unit: '', unitCost: 1, source: null, sourceDetail: '' } })
        .ok,
    ).toBe(false);
  });

  it('an update can never change which item it edits', () => {
    let p = ok(createProject(), { type: 'list/add', list: 'milestones', item: ms('a', 'PENDEK') });
    p = ok(p, { type: 'list/add', list: 'milestones', item: ms('b', 'PENDEK') });
    p = ok(p, { type: 'list/update', list: 'milestones', id: 'a', patch: { id: 'b', title: 'Edited' } });
    expect(p.milestones.map((m) => [m.id, m.title])).toEqual([
      ['a', 'Edited'],
      ['b', 'b'],
    ]);
  });

  it('refuses duplicate ids and unknown items', () => {
    const p = ok(createProject(), { type: 'list/add', list: 'milestones', item: ms('a', 'PENDEK') });
    expect(applyCommand(p, { type: 'list/add', list: 'milestones', item: ms('a', 'PENDEK') }).ok).toBe(false);
    expect(applyCommand(p, { type: 'list/remove', list: 'milestones', id: 'zz' }).ok).toBe(false);
  });

  it('moves a milestone to a position within another lane and keeps the rest in order', () => {
    let p = createProject();
    for (const [id, h] of [
      ['p1', 'PENDEK'],
      ['p2', 'PENDEK'],
      ['m1', 'MENENGAH'],
      ['m2', 'MENENGAH'],
      ['j1', 'PANJANG'],
    ] as const)
      p = ok(p, { type: 'list/add', list: 'milestones', item: ms(id, h) });
    p = ok(p, { type: 'milestone/move', id: 'p1', horizon: 'MENENGAH', index: 1 });
    const lane = (h: string) => p.milestones.filter((m) => m.horizon === h).map((m) => m.id);
    expect(lane('PENDEK')).toEqual(['p2']);
    expect(lane('MENENGAH')).toEqual(['m1', 'p1', 'm2']);
    p = ok(p, { type: 'milestone/move', id: 'j1', horizon: 'PENDEK', index: 0 });
    expect(lane('PENDEK')).toEqual(['j1', 'p2']);
    p = ok(p, { type: 'milestone/move', id: 'm2', horizon: 'PANJANG', index: 99 });
    expect(lane('PANJANG')).toEqual(['m2']);
  });

  it('places a stakeholder on the grid and refuses positions off it', () => {
    let p = ok(createProject(), { type: 'list/add', list: 'stakeholders', item: StakeholderSchema.parse({ id: 's', name: 'Sekretaris' }) });
    p = ok(p, { type: 'stakeholder/place', id: 's', which: 'after', power: 4, interest: 5 });
    expect(p.stakeholders[0]!.after).toMatchObject({ power: 4, interest: 5 });
    expect(applyCommand(p, { type: 'stakeholder/place', id: 's', which: 'before', power: 6, interest: 1 }).ok).toBe(false);
    expect(applyCommand(p, { type: 'stakeholder/place', id: 's', which: 'before', power: 2.5, interest: 1 }).ok).toBe(false);
  });

  it('copies only what it changes', () => {
    const p = createProject();
    const q = ok(p, { type: 'person/patch', role: 'coach', patch: { name: 'Dr. Nurhayati' } });
    expect(q.people.coach.name).toBe('Dr. Nurhayati');
    expect(q.people.mentor).toBe(p.people.mentor);
    expect(q.milestones).toBe(p.milestones);
    expect(p.people.coach.name).toBe('');
  });
});
