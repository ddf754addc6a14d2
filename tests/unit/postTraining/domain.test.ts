/** Post-training arithmetic on fixed days: indicator series and %, due and late, the dated path, evaluation suggestions. */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/domain/commands';
import { daysBetween, dueCounts, dueItems, localDay } from '../../../shared/domain/postTraining/due';
import { meanProgress, scaleOf, suggestEvaluation } from '../../../shared/domain/postTraining/evaluation';
import { achievementPct, indicatorSeries, measureOf } from '../../../shared/domain/postTraining/indicatorSeries';
import { currentPosition, positionMoves, positionPath } from '../../../shared/domain/postTraining/positionPath';
import { decodeProjectText, encodeProject } from '../../../shared/model/envelope';
import type { Project } from '../../../shared/model/types';
import { sipantau } from '../domain/sipantau';
import { sipantauAfter, TODAY } from './fixture';

const must = (r: ReturnType<typeof applyCommand>): Project => {
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.project;
};

describe('indicator series', () => {
  it('reads the first number of the plan texts, with the Indonesian decimal comma and thousands dots', () => {
    expect(measureOf('16 (2 hari kerja)')).toBe(16);
    expect(measureOf('≤ 1')).toBe(1);
    expect(measureOf('≥ 82,0')).toBe(82);
    expect(measureOf('76,4')).toBe(76.4);
    expect(measureOf('1.250.000')).toBe(1_250_000);
    expect(measureOf('2.5')).toBe(2.5);
    expect(measureOf('belum ada')).toBeNull();
  });

  it('counts the way from baseline to target in either direction, clamped to 0–100', () => {
    expect(achievementPct(16, 1, 8)).toBeCloseTo(53.3, 1); // a waiting time that must fall
    expect(achievementPct(76.4, 82, 79.2)).toBe(50);
    expect(achievementPct(62, 30, 70)).toBe(0); // worse than the baseline
    expect(achievementPct(0, 100, 130)).toBe(100);
    expect(achievementPct(5, 5, 5)).toBe(100);
    expect(achievementPct(null, 5, 5)).toBeNull();
  });

  it('orders the readings of one indicator by date and gives the latest achievement', () => {
    const p = sipantauAfter();
    const ind = p.goals.MENENGAH.indicators.find((i) => i.id === 'ind-m1')!;
    // Recorded out of order: the series still runs by date.
    const s = indicatorSeries(ind, [...p.postTraining.readings].reverse());
    expect(s.baseline).toBe(16);
    expect(s.target).toBe(1);
    expect(s.points.map((x) => [x.date, x.value, x.pct])).toEqual([
      ['2022-08-01', 8, 53.3],
      ['2022-11-01', 2, 93.3],
    ]);
    expect(s.latestPct).toBe(93.3);
  });
});

describe('due and late, on a fixed day', () => {
  it('says which medium- and long-term milestones are late, due soon, done or not started', () => {
    const items = dueItems(sipantauAfter(), TODAY);
    const by = Object.fromEntries(items.map((i) => [i.milestone.code, i]));
    expect(by['MM-01']!.state).toBe('LATE');
    expect(by['MM-01']!.latestPct).toBe(70);
    expect(by['MM-01']!.daysToEnd).toBe(-71);
    expect(by['MM-02']!.state).toBe('DONE');
    expect(by['MM-03']!.state).toBe('NOT_STARTED');
    expect(by['MJ-01']!.state).toBe('NOT_STARTED');
    expect(items[0]!.milestone.code).toBe('MM-01');
    expect(items.every((i) => i.milestone.horizon !== 'PENDEK')).toBe(true);
    expect(dueCounts(items)).toMatchObject({ LATE: 1, DONE: 1, NOT_STARTED: 3 });
  });

  it('turns due soon within 30 days of the end, and late the day after it', () => {
    const p = sipantauAfter();
    const mm3 = p.milestones.find((m) => m.code === 'MM-03')!; // ends 2023-02-28
    const state = (today: string) => dueItems(p, today).find((i) => i.milestone.id === mm3.id)!.state;
    expect(state('2023-01-28')).toBe('ONGOING'); // started 2023-01-02, 31 days left
    expect(state('2023-01-29')).toBe('DUE_SOON');
    expect(state('2023-02-28')).toBe('DUE_SOON');
    expect(state('2023-03-01')).toBe('LATE');
  });

  it('flags a running milestone without an entry for more than 90 days as quiet', () => {
    const p = sipantauAfter();
    const mm1 = (today: string) => dueItems(p, today).find((i) => i.milestone.code === 'MM-01')!;
    expect(mm1('2022-12-10').quiet).toBe(false); // last entry 2022-09-20: 81 days
    expect(mm1('2022-12-20').quiet).toBe(true);
  });

  it('counts calendar days and takes the local day, not the UTC one', () => {
    expect(daysBetween('2022-02-28', '2022-03-01')).toBe(1);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(localDay(new Date(2022, 11, 10, 0, 30))).toBe('2022-12-10');
  });
});

describe('dated stakeholder positions', () => {
  it('records positions by command and draws the path before → dated (by date) → after', () => {
    let p = sipantau();
    const s = p.stakeholders.find((x) => x.before.power !== null && x.after.power !== null && x.before.interest !== x.after.interest)!;
    p = must(
      applyCommand(p, {
        type: 'stakeholder/position',
        id: s.id,
        position: { id: 'pos-b', date: '2022-04-20', power: 3, interest: 4, attitude: 'MENDUKUNG', note: 'Audiensi kedua' },
      }),
    );
    p = must(
      applyCommand(p, {
        type: 'stakeholder/position',
        id: s.id,
        position: { id: 'pos-a', date: '2022-03-25', power: 3, interest: 2, attitude: 'NETRAL', note: 'Tapping pertama' },
      }),
    );
    const path = positionPath(p.stakeholders.find((x) => x.id === s.id)!);
    expect(path.map((x) => x.key)).toEqual(['before', 'pos-a', 'pos-b', 'after']);
    expect(path[1]).toMatchObject({ kind: 'dated', date: '2022-03-25', power: 3, interest: 2, note: 'Tapping pertama' });
    const moves = positionMoves(
      p.stakeholders.find((x) => x.id === s.id)!,
      3,
    );
    expect(moves.length).toBeGreaterThanOrEqual(2);
    expect(moves.some((m) => m.from.key === 'pos-a' && m.to.key === 'pos-b' && m.quadrantChanged && m.attitudeChanged)).toBe(true);

    // Editing keeps one entry; removing takes it out; a wrong score is refused.
    p = must(
      applyCommand(p, {
        type: 'stakeholder/position',
        id: s.id,
        position: { id: 'pos-a', date: '2022-03-26', power: 3, interest: 2, attitude: 'NETRAL', note: 'Tapping' },
      }),
    );
    expect(p.stakeholders.find((x) => x.id === s.id)!.positions.map((x) => x.date)).toEqual(['2022-04-20', '2022-03-26']);
    p = must(applyCommand(p, { type: 'stakeholder/positionRemove', id: s.id, positionId: 'pos-b' }));
    expect(p.stakeholders.find((x) => x.id === s.id)!.positions.map((x) => x.id)).toEqual(['pos-a']);
    const bad = applyCommand(p, {
      type: 'stakeholder/position',
      id: s.id,
      position: { id: 'pos-c', date: '2022-05-01', power: 9, interest: 2, attitude: null, note: '' },
    });
    expect(bad.ok).toBe(false);
  });

  it('without after, where the stakeholder stands now is the latest dated position', () => {
    const p = sipantau();
    const s = { ...p.stakeholders[0]!, after: { power: null, interest: null, attitude: null } };
    s.positions = [{ id: 'x', date: '2022-06-01', power: 2, interest: 5, attitude: 'MENOLAK', note: '' }];
    expect(currentPosition(s)).toMatchObject({ kind: 'dated', power: 2, interest: 5 });
  });

  it('old files without the new fields open, and the fields survive a save', () => {
    const p = sipantauAfter();
    p.stakeholders[0]!.positions = [{ id: 'pos-1', date: '2022-06-01', power: 4, interest: 4, attitude: 'MENDUKUNG', note: 'Rapat' }];
    const text = encodeProject(p, { appVersion: 't', installId: 'i', savedAt: '2022-12-10T00:00:00Z' });
    const back = decodeProjectText(text);
    expect(back.ok && back.value.project.postTraining.progress.length).toBe(3);
    expect(back.ok && back.value.project.stakeholders[0]!.positions[0]!.note).toBe('Rapat');
    const legacy = JSON.parse(text) as { project: Record<string, unknown> };
    delete legacy.project['postTraining'];
    const old = decodeProjectText(JSON.stringify(legacy));
    expect(old.ok && old.value.project.postTraining).toEqual({
      progress: [],
      readings: [],
      evaluation: expect.objectContaining({ progressScale: null }),
      handovers: [],
    });
  });
});

describe('evaluation suggestions', () => {
  it('suggests the 1–5 scale from the mean progress and gathers obstacles and supporters', () => {
    expect([scaleOf(null), scaleOf(0), scaleOf(20), scaleOf(40), scaleOf(70), scaleOf(90)]).toEqual([null, 1, 2, 3, 4, 5]);
    const p = sipantauAfter();
    // MM-01 70, MM-02 done 100, MM-03 / MJ-01 / MJ-02 0 → 34 %.
    expect(meanProgress(p, TODAY)).toBe(34);
    const s = suggestEvaluation(p, TODAY);
    expect(s.progressScale).toBe(2);
    expect(s.obstacles).toContain('Anggaran server tambahan belum tersedia');
    expect(s.obstacles).not.toContain('Data sektor kesehatan belum seragam'); // an older entry's problem
    expect(s.support).toContain(p.stakeholders[0]!.name);
  });
});
