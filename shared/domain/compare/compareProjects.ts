/**
 * What changed between two states of a project (a frozen version and another, or a version and
 * now), per section: items matched by id (added, removed, changed, moved), long texts word by
 * word, and the totals that moved (budget, quadrant counts, the schedule's first and last day).
 * Pure: the compare view, the backups' summaries and the laporan's appendix all use it.
 */
import { budgetSummary } from '../budget';
import { quadrantCounts } from '../quadrant';
import { QUADRANTS } from '../../model/enums';
import type { Project } from '../../model/types';
import { compareItems, type ItemChange } from './items';
import { BUDGET_KIND, ISSUE_KIND, MILESTONE_KIND, RISK_KIND, STAKEHOLDER_KIND, TEAM_KIND } from './kinds';
import { wordCounts, wordDiff, type WordRun } from './texts';

export const DIFF_SECTIONS = ['texts', 'issues', 'milestones', 'stakeholders', 'budget', 'risks', 'team'] as const;
export type DiffSection = (typeof DIFF_SECTIONS)[number];

export interface TextChange {
  /** Which text, as a path: "title", "narrative.latarBelakang", "goals.PENDEK.statement" … */
  field: string;
  runs: WordRun[];
  added: number;
  removed: number;
}

export type TotalKey = 'budgetTotal' | 'scheduleStart' | 'scheduleEnd' | `quadrant.${'before' | 'after'}.${(typeof QUADRANTS)[number]}`;

export interface TotalChange {
  key: TotalKey;
  before: number | string | null;
  after: number | string | null;
}

export interface SectionDiff {
  section: DiffSection;
  items: ItemChange[];
  texts: TextChange[];
}

export interface ProjectDiff {
  sections: SectionDiff[];
  totals: TotalChange[];
  counts: { added: number; removed: number; changed: number; moved: number; texts: number };
}

/** The long and title texts compared word by word, by path. */
function texts(p: Project): Record<string, string> {
  const out: Record<string, string> = { title: p.title };
  for (const [k, v] of Object.entries(p.narrative)) out[`narrative.${k}`] = v;
  for (const [k, v] of Object.entries(p.benefits)) out[`benefits.${k}`] = v;
  for (const [k, v] of Object.entries(p.goals)) out[`goals.${k}.statement`] = v.statement;
  out['breakthrough.name'] = p.breakthrough.name;
  out['breakthrough.description'] = p.breakthrough.description;
  out['issueAnalysis.impactIfUnresolved'] = p.issueAnalysis.impactIfUnresolved;
  out['sustainability.narrative'] = p.sustainability.narrative;
  for (const [k, v] of Object.entries(p.seminars)) out[`seminars.${k}.notes`] = v.notes;
  return out;
}

function compareTexts(a: Project, b: Project): TextChange[] {
  const ta = texts(a);
  const tb = texts(b);
  const out: TextChange[] = [];
  for (const field of Object.keys(tb)) {
    const before = ta[field] ?? '';
    const after = tb[field] ?? '';
    if (before === after) continue;
    const runs = wordDiff(before, after);
    out.push({ field, runs, ...wordCounts(runs) });
  }
  return out;
}

function scheduleSpan(p: Project): { start: string | null; end: string | null } {
  let start: string | null = null;
  let end: string | null = null;
  for (const m of p.milestones) {
    if (m.start && (start === null || m.start < start)) start = m.start;
    if (m.end && (end === null || m.end > end)) end = m.end;
  }
  return { start, end };
}

function compareTotals(a: Project, b: Project): TotalChange[] {
  const out: TotalChange[] = [];
  const push = (key: TotalKey, before: TotalChange['before'], after: TotalChange['after']) => {
    if (before !== after) out.push({ key, before, after });
  };
  push('budgetTotal', budgetSummary(a.budgetLines).total, budgetSummary(b.budgetLines).total);
  for (const which of ['before', 'after'] as const) {
    const qa = quadrantCounts(a.stakeholders, which, a.stakeholderSettings.threshold);
    const qb = quadrantCounts(b.stakeholders, which, b.stakeholderSettings.threshold);
    for (const q of QUADRANTS) push(`quadrant.${which}.${q}`, qa[q], qb[q]);
  }
  const sa = scheduleSpan(a);
  const sb = scheduleSpan(b);
  push('scheduleStart', sa.start, sb.start);
  push('scheduleEnd', sa.end, sb.end);
  return out;
}

/** `before` is the older state, `after` the newer (a version, then now). */
export function compareProjects(before: Project, after: Project): ProjectDiff {
  const sections: SectionDiff[] = [
    { section: 'texts', items: [], texts: compareTexts(before, after) },
    { section: 'issues', items: compareItems(before.issueAnalysis.issues, after.issueAnalysis.issues, ISSUE_KIND), texts: [] },
    { section: 'milestones', items: compareItems(before.milestones, after.milestones, MILESTONE_KIND), texts: [] },
    { section: 'stakeholders', items: compareItems(before.stakeholders, after.stakeholders, STAKEHOLDER_KIND), texts: [] },
    { section: 'budget', items: compareItems(before.budgetLines, after.budgetLines, BUDGET_KIND), texts: [] },
    { section: 'risks', items: compareItems(before.risks, after.risks, RISK_KIND), texts: [] },
    { section: 'team', items: compareItems(before.team, after.team, TEAM_KIND), texts: [] },
  ];
  const counts = { added: 0, removed: 0, changed: 0, moved: 0, texts: 0 };
  for (const s of sections) {
    for (const i of s.items) counts[i.change]++;
    counts.texts += s.texts.length;
  }
  return { sections, totals: compareTotals(before, after), counts };
}

/** A few numbers for a list row ("Riwayat versi"): how much differs, and in which sections. */
export interface DiffSummary {
  added: number;
  removed: number;
  changed: number;
  moved: number;
  texts: number;
  sections: DiffSection[];
}

export function summarizeDiff(d: ProjectDiff): DiffSummary {
  return { ...d.counts, sections: d.sections.filter((s) => s.items.length || s.texts.length).map((s) => s.section) };
}
