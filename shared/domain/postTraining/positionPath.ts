/**
 * A stakeholder's way across the grid: before, the dated positions in between (by date, ties in
 * the order recorded), then after. The map draws it as a path and the timeline lists its moves.
 */
import type { Attitude, Quadrant } from '../../model/enums';
import type { Stakeholder } from '../../model/types';
import { quadrantOf } from '../quadrant';

export interface PathPoint {
  /** 'before' | 'after' | the dated position's id. */
  key: string;
  kind: 'before' | 'dated' | 'after';
  date: string | null;
  power: number;
  interest: number;
  attitude: Attitude | null;
  note: string;
}

export function positionPath(s: Stakeholder): PathPoint[] {
  const points: PathPoint[] = [];
  const placed = (x: { power: number | null; interest: number | null }) => x.power !== null && x.interest !== null;
  if (placed(s.before))
    points.push({ key: 'before', kind: 'before', date: null, power: s.before.power!, interest: s.before.interest!, attitude: s.before.attitude, note: '' });
  const dated = s.positions
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => placed(d))
    // Undated entries keep their recorded place after the dated ones: a date is what orders a path.
    .sort((a, b) => (a.d.date ?? '9999-99-99').localeCompare(b.d.date ?? '9999-99-99') || a.i - b.i);
  for (const { d } of dated)
    points.push({ key: d.id, kind: 'dated', date: d.date, power: d.power!, interest: d.interest!, attitude: d.attitude, note: d.note });
  if (placed(s.after))
    points.push({ key: 'after', kind: 'after', date: null, power: s.after.power!, interest: s.after.interest!, attitude: s.after.attitude, note: '' });
  return points;
}

export interface PositionMove {
  from: PathPoint;
  to: PathPoint;
  fromQuadrant: Quadrant | null;
  toQuadrant: Quadrant | null;
  /** The quadrant changed (what examiners look for), not only a score within it. */
  quadrantChanged: boolean;
  attitudeChanged: boolean;
}

/** Steps of the path where something changed: the cell, or the attitude. */
export function positionMoves(s: Stakeholder, threshold: number): PositionMove[] {
  const path = positionPath(s);
  const moves: PositionMove[] = [];
  for (let i = 1; i < path.length; i++) {
    const from = path[i - 1]!;
    const to = path[i]!;
    const sameCell = from.power === to.power && from.interest === to.interest;
    const attitudeChanged = from.attitude !== to.attitude;
    if (sameCell && !attitudeChanged) continue;
    const fromQuadrant = quadrantOf(from.power, from.interest, threshold);
    const toQuadrant = quadrantOf(to.power, to.interest, threshold);
    moves.push({ from, to, fromQuadrant, toQuadrant, quadrantChanged: fromQuadrant !== toQuadrant, attitudeChanged });
  }
  return moves;
}

/** Where the stakeholder stands now: the last point of the path (after, else the latest dated, else before). */
export function currentPosition(s: Stakeholder): PathPoint | null {
  const path = positionPath(s);
  return path.at(-1) ?? null;
}
