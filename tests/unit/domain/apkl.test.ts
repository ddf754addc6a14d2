/** APKL screening in its three modes (docs/domain.md §3.2), with the SIPANTAU oracle (§9.2). */
import { describe, expect, it } from 'vitest';
import { apklResults } from '../../../shared/domain/apkl';
import type { IssueAnalysis } from '../../../shared/model/types';
import { sipantau } from './sipantau';

const passing = (ia: IssueAnalysis) => [...apklResults(ia)].filter(([, r]) => r.pass).map(([id]) => id);

describe('APKL, score mode with a minimum per criterion (SIPANTAU)', () => {
  const ia = sipantau().issueAnalysis;

  it('passes ISU-1 to ISU-4 and drops ISU-5 on Layak = 2', () => {
    expect(passing(ia)).toEqual(['ISU-1', 'ISU-2', 'ISU-3', 'ISU-4']);
    const five = apklResults(ia).get('ISU-5')!;
    expect(five).toMatchObject({ pass: false, failing: ['L'], total: 12, complete: true });
  });

  it('sums A+P+K+L into the totals of the table', () => {
    const totals = Object.fromEntries([...apklResults(ia)].map(([id, r]) => [id, r.total]));
    expect(totals).toEqual({ 'ISU-1': 20, 'ISU-2': 18, 'ISU-3': 15, 'ISU-4': 16, 'ISU-5': 12 });
  });

  it('treats the minimum as inclusive: a criterion equal to it passes, one below fails', () => {
    const edited = structuredClone(ia);
    edited.apklMinPerCriterion = 4;
    // ISU-3 has K = 3 < 4 and fails; ISU-2 (P = L = 4) and ISU-4 (4/4/4/4) sit exactly on the boundary.
    expect(passing(edited)).toEqual(['ISU-1', 'ISU-2', 'ISU-4']);
    expect(apklResults(edited).get('ISU-3')!.failing).toEqual(['K']);
  });

  it('fails an incomplete issue already when a filled criterion is below the minimum, and waits otherwise', () => {
    const edited = structuredClone(ia);
    edited.issues[0]!.apklScores.P = null;
    expect(apklResults(edited).get('ISU-1')).toMatchObject({ complete: false, pass: null, total: null });
    edited.issues[0]!.apklScores.A = 2;
    expect(apklResults(edited).get('ISU-1')).toMatchObject({ complete: false, pass: false, failing: ['A'] });
  });
});

describe('APKL, top N by total', () => {
  it('takes ISU-1, ISU-2 and ISU-4 as the top 3 (oracle of §9.2)', () => {
    const ia = { ...sipantau().issueAnalysis, apklMode: 'SCORE_TOP_N' as const, apklTopN: 3 };
    expect(passing(ia)).toEqual(['ISU-1', 'ISU-2', 'ISU-4']);
  });

  it('lets every issue tied at the cut-off through and flags them', () => {
    const ia = { ...sipantau().issueAnalysis, apklMode: 'SCORE_TOP_N' as const, apklTopN: 3 };
    ia.issues = structuredClone(ia.issues);
    ia.issues[2]!.apklScores = { A: 4, P: 4, K: 4, L: 4 }; // ISU-3 now 16, like ISU-4
    const r = apklResults(ia);
    expect(passing(ia)).toEqual(['ISU-1', 'ISU-2', 'ISU-3', 'ISU-4']);
    expect(r.get('ISU-3')!.tiedAtCutoff).toBe(true);
    expect(r.get('ISU-4')!.tiedAtCutoff).toBe(true);
    expect(r.get('ISU-1')!.tiedAtCutoff).toBe(false);
  });

  it('passes everyone scored when there are no more issues than N', () => {
    const ia = { ...sipantau().issueAnalysis, apklMode: 'SCORE_TOP_N' as const, apklTopN: 5 };
    expect(passing(ia)).toHaveLength(5);
  });
});

describe('APKL, checklist mode', () => {
  const base = sipantau().issueAnalysis;
  const mark = (ok: boolean | null) => ({ ok, reason: '' });

  it('passes only when all four criteria are ✓, and names the ✗', () => {
    const ia: IssueAnalysis = structuredClone({ ...base, apklMode: 'CHECKLIST' });
    ia.issues[0]!.apklChecks = { A: mark(true), P: mark(true), K: mark(true), L: mark(true) };
    ia.issues[1]!.apklChecks = { A: mark(true), P: mark(false), K: mark(true), L: mark(false) };
    ia.issues[2]!.apklChecks = { A: mark(true), P: mark(null), K: mark(true), L: mark(true) };
    const r = apklResults(ia);
    expect(r.get('ISU-1')).toMatchObject({ pass: true, total: 4 });
    expect(r.get('ISU-2')).toMatchObject({ pass: false, failing: ['P', 'L'], total: 2 });
    expect(r.get('ISU-3')).toMatchObject({ pass: null, complete: false, total: null });
  });
});
