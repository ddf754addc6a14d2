/**
 * Backups in the app's data folder (never beside the user's file, which may sit in a shared
 * folder). Before each save the version on disk — the previous good one — is copied here, so any
 * save can be undone, from "Riwayat versi" or from outside the app. Thinned by age and size
 * (backupThinning.ts) rather than a flat count, so yesterday's version survives a busy hour.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { backupsToRemove, backupTime, THINNING, type BackupEntry } from './backupThinning';
import { removeDeadTemps, writeFileDurably } from './durableWrite';
import { sha256 } from './projectFile';

/** One folder per document path: "<stem>-<hash of the full path>". */
export function backupFolder(dataDir: string, file: string): string {
  const stem =
    path
      .basename(file, path.extname(file))
      .replace(/[^\p{L}\p{N}_-]+/gu, '_')
      .slice(0, 40) || 'proyek';
  return path.join(dataDir, 'backups', `${stem}-${sha256(path.resolve(file)).slice(0, 12)}`);
}

export async function backupPrevious(dataDir: string, file: string, previous: Uint8Array, now: Date, policy: typeof THINNING = THINNING): Promise<string> {
  const dir = backupFolder(dataDir, file);
  await fsp.mkdir(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  // Two saves in the same millisecond (or a clock set back onto an old stamp) must not overwrite a backup.
  let target = path.join(dir, `${stamp}.rancang`);
  for (let n = 2; await exists(target); n++) target = path.join(dir, `${stamp}-${n}.rancang`);
  // The same durable write as projects: a kill mid-backup must not leave a truncated backup.
  await writeFileDurably(target, previous);
  await thin(dir, now, policy, path.basename(target));
  return target;
}

async function exists(file: string): Promise<boolean> {
  return fsp.stat(file).then(
    () => true,
    () => false,
  );
}

async function thin(dir: string, now: Date, policy: typeof THINNING, justWritten: string): Promise<void> {
  await removeDeadTemps(dir);
  const entries = await backupEntries(dir);
  // The one just written is the newest by definition, whatever the clock said before.
  const adjusted = entries.map((e) => (e.name === justWritten ? { ...e, time: Math.max(e.time, now.getTime()) } : e));
  for (const name of backupsToRemove(adjusted, now.getTime(), policy)) {
    if (name !== justWritten) await fsp.rm(path.join(dir, name), { force: true });
  }
}

async function backupEntries(dir: string): Promise<BackupEntry[]> {
  const names = (await fsp.readdir(dir)).filter((n) => n.endsWith('.rancang'));
  const entries = await Promise.all(
    names.map(async (name) => {
      const time = backupTime(name);
      const st = await fsp.stat(path.join(dir, name)).catch(() => null);
      return time === null || !st ? null : { name, time, bytes: st.size };
    }),
  );
  return entries.filter((e): e is BackupEntry => e !== null);
}

/** The backups of one file, oldest first, with their time and size. */
export async function listBackupEntries(dataDir: string, file: string): Promise<(BackupEntry & { path: string })[]> {
  try {
    const dir = backupFolder(dataDir, file);
    return (await backupEntries(dir)).sort((a, b) => a.time - b.time || a.name.localeCompare(b.name)).map((e) => ({ ...e, path: path.join(dir, e.name) }));
  } catch {
    return [];
  }
}

export async function listBackups(dataDir: string, file: string): Promise<string[]> {
  return (await listBackupEntries(dataDir, file)).map((e) => e.path);
}
