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

/** The number of a code with the given prefix ("MP-07" → 7), or null. */
function numberOf(code: string, prefix: string): number | null {
  const m = /^([A-Z]{2})-(\d{1,4})$/.exec(code);
  return m && m[1] === prefix ? Number(m[2]) : null;
}

export function milestoneCodes(milestones: readonly Pick<Milestone, 'id' | 'horizon' | 'code'>[]): Map<string, string> {
  const codes = new Map<string, string>();
  const taken = new Set<string>();
  for (const m of milestones) {
    if (m.code && !taken.has(m.code)) {
      codes.set(m.id, m.code);
      taken.add(m.code);
    }
  }
  for (const m of milestones) {
    if (codes.has(m.id)) continue;
    const code = nextMilestoneCode(milestones, m.horizon, taken);
    codes.set(m.id, code);
    taken.add(code);
  }
  return codes;
}

/** The code a milestone added to this lane now gets: one past the highest number of its prefix. */
export function nextMilestoneCode(milestones: readonly Pick<Milestone, 'code'>[], horizon: Horizon, taken: ReadonlySet<string> = new Set()): string {
  const prefix = CODE_PREFIX[horizon];
  let max = 0;
  for (const c of [...milestones.map((m) => m.code), ...taken]) max = Math.max(max, numberOf(c, prefix) ?? 0);
  return format(horizon, max + 1);
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
