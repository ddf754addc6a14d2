/**
 * Codes of milestones: MP-01 (pendek), MM-01 (menengah), MJ-01 (panjang), as docs/domain.md §9.5
 * writes them. A code is given once, when the milestone is added, and stored (Milestone.code),
 * so a mentor's note that cites "MJ-01" stays true when the card moves: moving a card never
 * renumbers anything. Renumbering is an explicit action (renumberPlan says what it will change).
 * A milestone without a stored code (or with a code another one already has) gets the next free
 * number of its lane's prefix, in order.
 */
import type { Horizon } from '../model/enums';
import type { Milestone } from '../model/types';

export const CODE_PREFIX: Record<Horizon, string> = { PENDEK: 'MP', MENENGAH: 'MM', PANJANG: 'MJ' };

const format = (h: Horizon, n: number) => `${CODE_PREFIX[h]}-${String(n).padStart(2, '0')}`;

const CODE = /^([A-Z]{2})-(\d{1,4})$/;

/** The prefix and number of a code ("MP-07" → MP, 7), or null. */
function parts(code: string): { prefix: string; n: number } | null {
  const m = CODE.exec(code);
  return m ? { prefix: m[1]!, n: Number(m[2]) } : null;
}

/** The highest number in use per prefix among `codes`. */
function highest(codes: Iterable<string>): Map<string, number> {
  const max = new Map<string, number>();
  for (const c of codes) {
    const p = parts(c);
    if (p && p.n > (max.get(p.prefix) ?? 0)) max.set(p.prefix, p.n);
  }
  return max;
}

/**
 * The codes of a plan's milestones, by id, in one pass over the list. (Each missing code used to
 * be found by a pass over the whole list; with the reading view asking once per note mark,
 * opening a 300-milestone project without stored codes spent about 9 s of script here.)
 */
export function milestoneCodes(milestones: readonly Pick<Milestone, 'id' | 'horizon' | 'code'>[]): ReadonlyMap<string, string> {
  const codes = new Map<string, string>();
  const taken = new Set<string>();
  for (const m of milestones) {
    if (m.code && !taken.has(m.code)) {
      codes.set(m.id, m.code);
      taken.add(m.code);
    }
  }
  // One past the highest number of the lane's prefix, counting the codes given on the way.
  const max = highest(milestones.map((m) => m.code));
  for (const m of milestones) {
    if (codes.has(m.id)) continue;
    const n = (max.get(CODE_PREFIX[m.horizon]) ?? 0) + 1;
    max.set(CODE_PREFIX[m.horizon], n);
    codes.set(m.id, format(m.horizon, n));
  }
  return codes;
}

/** The code a milestone added to this lane now gets: one past the highest number of its prefix. */
export function nextMilestoneCode(milestones: readonly Pick<Milestone, 'code'>[], horizon: Horizon, taken: ReadonlySet<string> = new Set()): string {
  const max = highest([...milestones.map((m) => m.code), ...taken]);
  return format(horizon, (max.get(CODE_PREFIX[horizon]) ?? 0) + 1);
}

export interface CodeChange {
  id: string;
  from: string;
  to: string;
}

/** What "Nomori ulang" would change: each lane numbered from 01 in its current order. */
export function renumberPlan(milestones: readonly Pick<Milestone, 'id' | 'horizon' | 'code'>[]): CodeChange[] {
  const current = milestoneCodes(milestones);
  const seen: Record<Horizon, number> = { PENDEK: 0, MENENGAH: 0, PANJANG: 0 };
  return milestones.flatMap((m) => {
    const to = format(m.horizon, ++seen[m.horizon]);
    const from = current.get(m.id)!;
    return from === to ? [] : [{ id: m.id, from, to }];
  });
}
