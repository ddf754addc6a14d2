/**
 * Display codes of milestones, derived from their order within each horizon: MP-01 (pendek),
 * MM-01 (menengah), MJ-01 (panjang), as docs/domain.md §9.5 writes them. Never stored, so moving a
 * card renumbers the board, the tables and the report alike.
 */
import type { Horizon } from '../model/enums';
import type { Milestone } from '../model/types';

const PREFIX: Record<Horizon, string> = { PENDEK: 'MP', MENENGAH: 'MM', PANJANG: 'MJ' };

export function milestoneCodes(milestones: readonly Milestone[]): Map<string, string> {
  const seen: Record<Horizon, number> = { PENDEK: 0, MENENGAH: 0, PANJANG: 0 };
  const codes = new Map<string, string>();
  for (const m of milestones) codes.set(m.id, `${PREFIX[m.horizon]}-${String(++seen[m.horizon]).padStart(2, '0')}`);
  return codes;
}
