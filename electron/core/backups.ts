/**
 * Rotating backups in the app's data folder (never beside the user's file, which may sit in a
 * shared folder). Before each save the version on disk — the previous good one — is copied here,
 * so any save can be undone from outside the app too.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { removeDeadTemps, writeFileDurably } from './durableWrite';
import { sha256 } from './projectFile';

export const BACKUPS_KEPT = 20;

/** One folder per document path: "<stem>-<hash of the full path>". */
export function backupFolder(dataDir: string, file: string): string {
  const stem =
    path
      .basename(file, path.extname(file))
      .replace(/[^\p{L}\p{N}_-]+/gu, '_')
      .slice(0, 40) || 'proyek';
  return path.join(dataDir, 'backups', `${stem}-${sha256(path.resolve(file)).slice(0, 12)}`);
}

export async function backupPrevious(dataDir: string, file: string, previous: Uint8Array, now: Date, keep = BACKUPS_KEPT): Promise<string> {
  const dir = backupFolder(dataDir, file);
  await fsp.mkdir(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = path.join(dir, `${stamp}.rancang`);
  // The same durable write as projects: a kill mid-backup must not leave a truncated backup.
  await writeFileDurably(target, previous);
  await rotate(dir, keep);
  return target;
}

async function rotate(dir: string, keep: number): Promise<void> {
  await removeDeadTemps(dir);
  const names = (await fsp.readdir(dir)).filter((n) => n.endsWith('.rancang')).sort();
  for (const old of names.slice(0, Math.max(0, names.length - keep))) {
    await fsp.rm(path.join(dir, old), { force: true });
  }
}

export async function listBackups(dataDir: string, file: string): Promise<string[]> {
  try {
    const dir = backupFolder(dataDir, file);
    return (await fsp.readdir(dir))
      .filter((n) => n.endsWith('.rancang'))
      .sort()
      .map((n) => path.join(dir, n));
  } catch {
    return [];
  }
}
