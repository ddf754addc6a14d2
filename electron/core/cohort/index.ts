/**
 * A cohort folder summarised: scan for project files, read and summarise them, and report how
 * far it got. The one entry the app's cohort view and the headless `npm run cohort` share.
 */
import { readCohort, type CohortEntry } from './read';
import { scanCohortFolder, type ScanResult } from './scan';

export interface CohortSummary {
  root: string;
  entries: CohortEntry[];
  scan: Omit<ScanResult, 'files'>;
}

export async function summariseCohort(
  root: string,
  opts: { today: string; fileBytes?: number; onProgress?(done: number, total: number): void },
): Promise<CohortSummary> {
  const { files, ...scan } = await scanCohortFolder(root);
  const entries = await readCohort(root, files, opts);
  return { root, entries, scan };
}

/** Today in the user's own time zone as "YYYY-MM-DD" (never UTC: a late milestone is late locally). */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

export { cohortWorkbook } from './spreadsheet';
export type { CohortEntry, CohortMember } from './read';
