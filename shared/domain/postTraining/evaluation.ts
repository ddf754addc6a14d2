/**
 * The organisers' twelve-month evaluation (progress of the change on a 1–5 scale, benefits felt,
 * obstacles, support) suggested from what was recorded; the user confirms or rewrites each answer.
 */
import type { Evaluation } from '../../model/postTraining';
import type { Project } from '../../model/types';
import { currentPosition } from './positionPath';
import { dueItems, entriesOf } from './due';

/** Mean achievement → scale: under 20 % is 1, 20–39 2, 40–69 3, 70–89 4, 90 and over 5. */
export function scaleOf(meanPct: number | null): number | null {
  if (meanPct === null) return null;
  if (meanPct >= 90) return 5;
  if (meanPct >= 70) return 4;
  if (meanPct >= 40) return 3;
  if (meanPct >= 20) return 2;
  return 1;
}

/** Mean of the latest percentages of the medium- and long-term milestones that are not cancelled. */
export function meanProgress(p: Project, today: string): number | null {
  const items = dueItems(p, today).filter((i) => i.state !== 'CANCELLED');
  if (items.length === 0) return null;
  const sum = items.reduce((n, i) => n + (i.state === 'DONE' ? 100 : (i.latestPct ?? 0)), 0);
  return Math.round((sum / items.length) * 10) / 10;
}

const joined = (parts: string[]) => [...new Set(parts.map((s) => s.trim()).filter(Boolean))].join('; ');

/** Prefilled answers: what the records say. Text answers are the user's own words, gathered. */
export function suggestEvaluation(p: Project, today: string): Omit<Evaluation, 'answeredOn'> {
  const follow = p.milestones.filter((m) => m.horizon !== 'PENDEK');
  const latest = follow.map((m) => entriesOf(p, m.id)[0]).filter((e) => e !== undefined);
  const done = dueItems(p, today).filter((i) => i.state === 'DONE');
  const supporters = p.stakeholders.filter((s) => currentPosition(s)?.attitude === 'MENDUKUNG').map((s) => s.name);
  return {
    progressScale: scaleOf(meanProgress(p, today)),
    benefits: joined([p.narrative.manfaatDirasakan.split('\n')[0] ?? '', ...done.map((i) => i.milestone.output || i.milestone.title)]).slice(0, 2_000),
    obstacles: joined(latest.map((e) => e.problems)).slice(0, 2_000),
    support: joined(supporters).slice(0, 2_000),
  };
}
