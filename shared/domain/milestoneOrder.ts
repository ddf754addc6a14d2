/**
 * Whether the cards of a lane still run in date order. The board lets a participant put cards in
 * any order; when a card starts before the card above it in the same lane, the board says so
 * gently (the report lists milestones in the board's order, so an unnoticed swap reads as a plan
 * going backwards in time). Undated cards are skipped, not compared.
 */
import type { Milestone } from '../model/types';

/** For each card that starts before an earlier card of its lane: the id of that earlier card. */
export function outOfOrderMilestones(milestones: readonly Milestone[]): Map<string, string> {
  const result = new Map<string, string>();
  const latest = new Map<Milestone['horizon'], Milestone>();
  for (const m of milestones) {
    const start = m.start ?? m.end;
    if (!start) continue;
    const before = latest.get(m.horizon);
    const beforeStart = before ? (before.start ?? before.end)! : null;
    if (before && beforeStart && start < beforeStart) result.set(m.id, before.id);
    else latest.set(m.horizon, m);
  }
  return result;
}
