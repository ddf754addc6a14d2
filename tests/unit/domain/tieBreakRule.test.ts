/** The tie-break rule (docs/domain.md §3.3): "decide together" stays the default; "higher U, then S, then G" orders what it can. */
import { describe, expect, it } from 'vitest';
import { applyCommand, type Command } from '../../../shared/domain/commands';
import { usgRanking } from '../../../shared/domain/usg';
import type { Project } from '../../../shared/model/types';
import { buildOutline } from '../../../shared/report/buildOutline';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/report/context';
import { sipantau } from './sipantau';

function run(p: Project, ...commands: Command[]): Project {
  return commands.reduce((acc, c) => {
    const r = applyCommand(acc, c);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    return r.project;
  }, p);
}
const setUsg = (id: string, U: number, S: number, G: number): Command => ({ type: 'list/update', list: 'issues', id, patch: { usg: { U, S, G } } });
const rule = (tieBreak: 'DECIDE' | 'USG_ORDER'): Command => ({ type: 'issueAnalysis/patch', patch: { tieBreak } });
const ranks = (p: Project) => usgRanking(p.issueAnalysis).rows.map((r) => `${r.issueId}:${r.rankRoman}`);

/** ISU-1 and ISU-2 tie at 14 with different U; ISU-3 and ISU-4 tie at 11 with the very same scores. */
const tied = () => run(sipantau(), setUsg('ISU-1', 4, 5, 5), setUsg('ISU-2', 5, 4, 5), setUsg('ISU-3', 4, 4, 3), setUsg('ISU-4', 4, 4, 3));

const usgParagraphs = (p: Project) =>
  buildOutline(p, 'rancangan', DEFAULT_EXPORT_OPTIONS)
    .outline.chapters[0]!.blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((r) => r.text).join('')] : []))
    .filter((t) => t.includes('USG'));

describe('tie-break rule', () => {
  it('defaults to deciding together: a tie keeps one rank and no core issue until decided', () => {
    const r = usgRanking(tied().issueAnalysis);
    expect(r.rule).toBe('DECIDE');
    expect(ranks(tied())).toEqual(['ISU-2:I', 'ISU-1:I', 'ISU-3:III', 'ISU-4:III']);
    expect(r.coreIssueId).toBeNull();
    expect(r.unresolvedTies).toEqual([
      ['ISU-2', 'ISU-1'],
      ['ISU-3', 'ISU-4'],
    ]);
  });

  it('under "higher U, then S, then G" orders by U first and leaves only fully equal scores to decide', () => {
    const p = run(tied(), rule('USG_ORDER'));
    const r = usgRanking(p.issueAnalysis);
    expect(ranks(p)).toEqual(['ISU-2:I', 'ISU-1:II', 'ISU-3:III', 'ISU-4:III']);
    expect(r.coreIssueId).toBe('ISU-2');
    expect(r.coreSource).toBe('RANKING');
    expect(r.unresolvedTies).toEqual([['ISU-3', 'ISU-4']]);
    expect(r.ruleOrdered).toEqual([{ total: 14, issueIds: ['ISU-2', 'ISU-1'] }]);
  });

  it('falls to S when U is equal, then to G', () => {
    const bySeriousness = run(sipantau(), rule('USG_ORDER'), setUsg('ISU-1', 5, 4, 5), setUsg('ISU-2', 5, 5, 4));
    expect(ranks(bySeriousness).slice(0, 2)).toEqual(['ISU-2:I', 'ISU-1:II']);
    const byGrowth = run(sipantau(), rule('USG_ORDER'), setUsg('ISU-1', 5, 5, 4), setUsg('ISU-2', 5, 4, 5), setUsg('ISU-3', 5, 5, 4));
    expect(usgRanking(byGrowth.issueAnalysis).unresolvedTies).toEqual([['ISU-1', 'ISU-3']]);
    expect(ranks(byGrowth).slice(0, 3)).toEqual(['ISU-1:I', 'ISU-3:I', 'ISU-2:III']);
  });

  it('takes a decision for what the rule leaves equal', () => {
    const p = run(tied(), rule('USG_ORDER'), { type: 'tie/decide', issueIds: ['ISU-4', 'ISU-3'], decidedWith: 'MENTOR', note: '' });
    expect(ranks(p)).toEqual(['ISU-2:I', 'ISU-1:II', 'ISU-4:III', 'ISU-3:IV']);
    expect(usgRanking(p.issueAnalysis).unresolvedTies).toEqual([]);
  });

  it('is stated in the report: the USG explanation names the rule, the core-issue sentence says how the tie was ordered', () => {
    const decide = usgParagraphs(sipantau()).join(' ');
    expect(decide).toContain('urutannya diputuskan bersama mentor');
    expect(decide).not.toContain('Urgency lebih tinggi didahulukan');
    const ordered = usgParagraphs(run(tied(), rule('USG_ORDER'))).join(' ');
    expect(ordered).toContain('isu dengan nilai Urgency lebih tinggi didahulukan, lalu Seriousness, lalu Growth; bila ketiganya masih sama');
    expect(ordered).toContain('2 isu memiliki nilai USG tertinggi yang sama (total 14); sesuai aturan yang dipakai');
    expect(ordered).not.toContain('Berdasarkan nilai USG tertinggi');
  });
});
