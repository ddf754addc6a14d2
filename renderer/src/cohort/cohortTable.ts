/**
 * Sorting, filtering and searching the cohort table: plain functions over the rows main sent, so
 * the view stays a thin shell and the rules are tested without a browser.
 */
import type { CohortView } from '../../../shared/ipc';

export type CohortMemberView = CohortView['members'][number];
export type SortKey =
  | 'participant'
  | 'programme'
  | 'angkatan'
  | 'title'
  | 'phase'
  | 'mustFix'
  | 'milestonesDone'
  | 'milestonesLate'
  | 'evidence'
  | 'budgetTotal'
  | 'stakeholdersMoved';
export type SortDir = 'asc' | 'desc';

export interface CohortFilter {
  query: string;
  programme: string;
  /** 'ready': nothing to fix for the rancangan; 'mustFix': something; 'late': a milestone past its date. */
  status: '' | 'ready' | 'mustFix' | 'late' | 'duplicate';
}

export const EMPTY_FILTER: CohortFilter = { query: '', programme: '', status: '' };

const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });

function sortValue(m: CohortMemberView, key: SortKey): string | number {
  const r = m.row;
  switch (key) {
    case 'mustFix':
      return r.mustFixRancangan;
    case 'participant':
    case 'programme':
    case 'angkatan':
    case 'title':
    case 'phase':
      return r[key];
    default:
      return r[key];
  }
}

export function sortMembers(members: readonly CohortMemberView[], key: SortKey, dir: SortDir): CohortMemberView[] {
  const sign = dir === 'asc' ? 1 : -1;
  return [...members].sort((a, b) => {
    const x = sortValue(a, key);
    const y = sortValue(b, key);
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    // Ties keep the folder order, so a sort is stable and predictable.
    return c * sign || collator.compare(a.file, b.file);
  });
}

/** Words are matched in any order against name, NIP, title, innovation, agency and file name. */
export function filterMembers(members: readonly CohortMemberView[], f: CohortFilter): CohortMemberView[] {
  const words = f.query.toLocaleLowerCase('id').split(/\s+/).filter(Boolean);
  return members.filter((m) => {
    const r = m.row;
    if (f.programme && r.programme !== f.programme) return false;
    if (f.status === 'ready' && r.mustFixRancangan > 0) return false;
    if (f.status === 'mustFix' && r.mustFixRancangan === 0) return false;
    if (f.status === 'late' && r.milestonesLate === 0) return false;
    if (f.status === 'duplicate' && m.duplicateOf === null) return false;
    if (!words.length) return true;
    const hay = [r.participant, r.nip, r.title, r.innovation, r.instansi, m.file].join(' ').toLocaleLowerCase('id');
    return words.every((w) => hay.includes(w));
  });
}
