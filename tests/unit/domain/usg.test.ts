/** USG ranking, ties decided with the mentor, and the core issue (docs/domain.md §3.3, §9.2). */
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../shared/domain/commands';
import { usgRanking, usgTotal } from '../../../shared/domain/usg';
import type { Project } from '../../../shared/model/types';
import { sipantau } from './sipantau';
import { refusalText } from '../../../shared/i18n/notices';

function run(p: Project, ...commands: Command[]): Project {
  return commands.reduce((acc, c) => {
    const r = applyCommand(acc, c);
    if (!r.ok) throw new Error(r.errors.map((e) => refusalText(e)).join('; '));
    return r.project;
  }, p);
}
const setUsg = (id: string, U: number, S: number, G: number): Command => ({ type: 'list/update', list: 'issues', id, patch: { usg: { U, S, G } } });
const ranks = (p: Project) => usgRanking(p.issueAnalysis).rows.map((r) => `${r.issueId}:${r.total}:${r.rankRoman}`);

describe('USG on SIPANTAU', () => {
  it('ranks ISU-1 (14) I, ISU-2 (13) II, ISU-3 (11) III, ISU-4 (10) IV; ISU-5 failed APKL and is not ranked', () => {
    const p = sipantau();
    expect(ranks(p)).toEqual(['ISU-1:14:I', 'ISU-2:13:II', 'ISU-3:11:III', 'ISU-4:10:IV']);
    const r = usgRanking(p.issueAnalysis);
    expect(r).toMatchObject({ coreIssueId: 'ISU-1', coreSource: 'RANKING', unresolvedTies: [], incomplete: [] });
  });

  it('sums U+S+G and never multiplies', () => {
    const isu1 = sipantau().issueAnalysis.issues[0]!;
    expect(usgTotal(isu1)).toBe(5 + 4 + 5);
  });

  it('keeps ISU-1 as core issue when APKL takes the top 3 by total (ISU-3 excluded)', () => {
    const p = run(sipantau(), { type: 'issueAnalysis/patch', patch: { apklMode: 'SCORE_TOP_N', apklTopN: 3 } });
    expect(ranks(p)).toEqual(['ISU-1:14:I', 'ISU-2:13:II', 'ISU-4:10:III']);
    expect(usgRanking(p.issueAnalysis).coreIssueId).toBe('ISU-1');
  });

  it('lists issues that passed APKL but miss a USG score as incomplete, without ranking them', () => {
    const p = structuredClone(sipantau());
    p.issueAnalysis.issues[1]!.usg.G = null;
    const r = usgRanking(p.issueAnalysis);
    expect(r.incomplete).toEqual(['ISU-2']);
    expect(r.rows.map((x) => x.rankRoman)).toEqual(['I', 'II', 'III']);
  });
});

describe('ties', () => {
  it('gives tied issues one shared rank, flags the tie and sets no core issue while the top is tied', () => {
    const p = run(sipantau(), setUsg('ISU-2', 5, 4, 5)); // 14, like ISU-1
    const r = usgRanking(p.issueAnalysis);
    expect(r.rows.slice(0, 2).map((x) => [x.issueId, x.rank, x.tiedWith])).toEqual([
      ['ISU-1', 1, ['ISU-2']],
      ['ISU-2', 1, ['ISU-1']],
    ]);
    expect(r.rows[2]).toMatchObject({ issueId: 'ISU-3', rank: 3, rankRoman: 'III' });
    expect(r.unresolvedTies).toEqual([['ISU-1', 'ISU-2']]);
    expect(r.coreIssueId).toBeNull();
  });

  it('orders a tie provisionally by U, then S, then G, but still as a tie', () => {
    const p = run(sipantau(), setUsg('ISU-2', 5, 5, 4)); // 14, with a higher S than ISU-1
    const r = usgRanking(p.issueAnalysis);
    expect(r.unresolvedTies).toEqual([['ISU-2', 'ISU-1']]);
    expect(r.coreIssueId).toBeNull();
  });

  it('follows the order decided with the mentor, and the first becomes the core issue', () => {
    const p = run(sipantau(), setUsg('ISU-2', 5, 4, 5), {
      type: 'tie/decide',
      issueIds: ['ISU-2', 'ISU-1'],
      decidedWith: 'MENTOR',
      note: 'Konsultasi 3 Maret',
    });
    const r = usgRanking(p.issueAnalysis);
    expect(r.rows.slice(0, 2).map((x) => `${x.issueId}:${x.rankRoman}`)).toEqual(['ISU-2:I', 'ISU-1:II']);
    expect(r).toMatchObject({ unresolvedTies: [], coreIssueId: 'ISU-2', coreSource: 'RANKING' });
    expect(r.decidedTies).toEqual([{ total: 14, decision: { issueIds: ['ISU-2', 'ISU-1'], decidedWith: 'MENTOR', note: 'Konsultasi 3 Maret' } }]);
  });

  it('reopens a decided tie when a third issue joins it, and when the decision is withdrawn', () => {
    let p = run(sipantau(), setUsg('ISU-2', 5, 4, 5), { type: 'tie/decide', issueIds: ['ISU-1', 'ISU-2'], decidedWith: 'MENTOR', note: '' });
    expect(usgRanking(p.issueAnalysis).unresolvedTies).toEqual([]);
    p = run(p, setUsg('ISU-3', 4, 5, 5));
    expect(usgRanking(p.issueAnalysis).unresolvedTies).toEqual([['ISU-1', 'ISU-2', 'ISU-3']]); // U 5, 5, 4
    p = run(p, setUsg('ISU-3', 3, 4, 4), { type: 'tie/reopen', issueIds: ['ISU-2', 'ISU-1'] });
    expect(usgRanking(p.issueAnalysis).unresolvedTies).toEqual([['ISU-1', 'ISU-2']]);
  });

  it('detects a tie below the top without touching the core issue', () => {
    const p = run(sipantau(), setUsg('ISU-4', 3, 4, 4)); // 11, like ISU-3
    const r = usgRanking(p.issueAnalysis);
    expect(r.unresolvedTies).toEqual([['ISU-3', 'ISU-4']]);
    expect(r.rows.map((x) => x.rankRoman)).toEqual(['I', 'II', 'III', 'III']);
    expect(r.coreIssueId).toBe('ISU-1');
  });
});

describe('core issue override', () => {
  it('takes the chosen issue as core issue, marked as an override', () => {
    const p = run(sipantau(), { type: 'issueAnalysis/patch', patch: { coreOverride: { issueId: 'ISU-2', reason: 'Arahan sponsor' } } });
    expect(usgRanking(p.issueAnalysis)).toMatchObject({ coreIssueId: 'ISU-2', coreSource: 'OVERRIDE' });
  });

  it('forgets the override when its issue is removed, and the ranking decides again', () => {
    const p = run(
      sipantau(),
      { type: 'issueAnalysis/patch', patch: { coreOverride: { issueId: 'ISU-2', reason: 'Arahan sponsor' } } },
      { type: 'list/remove', list: 'issues', id: 'ISU-2' },
    );
    expect(p.issueAnalysis.coreOverride).toBeNull();
    expect(usgRanking(p.issueAnalysis)).toMatchObject({ coreIssueId: 'ISU-1', coreSource: 'RANKING' });
  });

  it('refuses a USG score outside 1–5', () => {
    const r = applyCommand(sipantau(), setUsg('ISU-1', 6, 4, 5));
    expect(r.ok).toBe(false);
    const z = applyCommand(sipantau(), setUsg('ISU-1', 0, 4, 5));
    expect(z.ok).toBe(false);
  });
});
