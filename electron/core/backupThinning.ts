/**
 * Which backups to keep (issue 11, "Riwayat versi"): every one of the last hour, then the newest
 * of each hour for two days, the newest of each day for a month, and nothing older; then, oldest
 * first, whatever takes the folder over its size cap. The newest backup is always kept, so a file
 * not saved for months still has the version before its last save. A backup stamped in the
 * future (the clock was set back since) counts as recent: it is never thinned for its odd time.
 */
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const THINNING = {
  allWithinMs: HOUR,
  hourlyWithinMs: 2 * DAY,
  dailyWithinMs: 30 * DAY,
  /** The backups of one file together; a 40 MB project keeps at least five. */
  folderCapBytes: 200 * 1024 * 1024,
} as const;

export interface BackupEntry {
  name: string;
  /** When it was made, ms since the epoch. */
  time: number;
  bytes: number;
}

/** The names to delete, given every backup of one file and the time now. */
export function backupsToRemove(entries: readonly BackupEntry[], now: number, policy: typeof THINNING = THINNING): string[] {
  const newestFirst = [...entries].sort((a, b) => b.time - a.time || b.name.localeCompare(a.name));
  const kept: BackupEntry[] = [];
  const remove: string[] = [];
  const seenBuckets = new Set<string>();
  newestFirst.forEach((e, i) => {
    const age = now - e.time;
    let keep: boolean;
    if (i === 0 || age < policy.allWithinMs) keep = true;
    else if (age < policy.hourlyWithinMs) keep = firstIn(seenBuckets, `h${Math.floor(e.time / HOUR)}`);
    else if (age < policy.dailyWithinMs) keep = firstIn(seenBuckets, `d${Math.floor(e.time / DAY)}`);
    else keep = false;
    if (keep) kept.push(e);
    else remove.push(e.name);
  });
  let total = kept.reduce((n, e) => n + e.bytes, 0);
  // Over the cap: the oldest go first, never the newest.
  for (let i = kept.length - 1; i > 0 && total > policy.folderCapBytes; i--) {
    total -= kept[i]!.bytes;
    remove.push(kept[i]!.name);
  }
  return remove;
}

function firstIn(seen: Set<string>, bucket: string): boolean {
  if (seen.has(bucket)) return false;
  seen.add(bucket);
  return true;
}

/** "2026-12-02T02-55-54-123Z.rancang" → its time; null for a name the app did not write. */
export function backupTime(name: string): number | null {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z(?:-\d+)?\.rancang$/.exec(name);
  if (!m) return null;
  const t = Date.parse(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  return Number.isNaN(t) ? null : t;
}
