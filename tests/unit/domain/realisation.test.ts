/** Realisation per horizon for the laporan. */
import { describe, expect, it } from 'vitest';
import { realisationSummary } from '../../../shared/domain/realisation';
import { sipantau, sipantauBeforeRealisation } from './sipantau';

describe('realisation summary', () => {
  it('counts SIPANTAU’s 7 short-term milestones as planned, none recorded before the realisation', () => {
    expect(realisationSummary(sipantauBeforeRealisation().milestones, 'PENDEK')).toEqual({ planned: 7, done: 0, recorded: 0, averagePct: null });
    expect(realisationSummary(sipantau().milestones, 'MENENGAH').planned).toBe(3);
  });

  it('counts the finished sample’s 7 short-term milestones as done at 100%', () => {
    expect(realisationSummary(sipantau().milestones, 'PENDEK')).toEqual({ planned: 7, done: 7, recorded: 7, averagePct: 100 });
  });

  it('averages recorded percentages to one decimal and leaves cancelled milestones out', () => {
    const ms = sipantau().milestones.filter((m) => m.horizon === 'PENDEK');
    const pct = [100, 100, 100, 90, 85, null, 0];
    ms.forEach((m, i) => Object.assign(m, { achievementPct: pct[i], status: pct[i] === 100 ? 'DONE' : 'IN_PROGRESS' }));
    ms[6]!.status = 'CANCELLED';
    expect(realisationSummary(ms, 'PENDEK')).toEqual({ planned: 6, done: 3, recorded: 5, averagePct: 95 });
    ms[6]!.status = 'DELAYED';
    expect(realisationSummary(ms, 'PENDEK').averagePct).toBe(79.2);
  });
});
