/**
 * Finds the project files of a cohort folder: recursive, by file name only (a folder of 10,000
 * scans or photos is passed over without reading a byte of them), following no symlinked folder
 * twice (a link back to a parent cannot loop), and bounded in depth and count so a mistaken pick
 * of a whole disk ends quickly with a clear note instead of running for minutes.
 */
import type { Dirent } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { FILE_EXTENSION } from '../../../shared/model/envelope';

export const SCAN_LIMITS = { depth: 8, projectFiles: 2_000, entries: 200_000 } as const;

export interface ScanResult {
  files: string[];
  /** Folders that could not be listed (no permission …), relative to the root. */
  unreadable: string[];
  /** A limit was reached: the list is incomplete. */
  truncated: boolean;
  /** Entries looked at, project or not. */
  entriesSeen: number;
}

export async function scanCohortFolder(root: string, limits = SCAN_LIMITS): Promise<ScanResult> {
  const result: ScanResult = { files: [], unreadable: [], truncated: false, entriesSeen: 0 };
  const visited = new Set<string>();
  const suffix = `.${FILE_EXTENSION}`;

  const walk = async (dir: string, depth: number): Promise<void> => {
    let real: string;
    try {
      real = await fsp.realpath(dir);
    } catch {
      result.unreadable.push(path.relative(root, dir) || '.');
      return;
    }
    if (visited.has(real)) return;
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = await fsp.readdir(dir, { withFileTypes: true });
    } catch {
      result.unreadable.push(path.relative(root, dir) || '.');
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    const folders: string[] = [];
    for (const e of entries) {
      if (++result.entriesSeen > limits.entries || result.files.length >= limits.projectFiles) {
        result.truncated = true;
        return;
      }
      const full = path.join(dir, e.name);
      const isLink = e.isSymbolicLink();
      if (e.name.toLowerCase().endsWith(suffix) && (e.isFile() || isLink)) {
        if (!isLink || (await isRegularFile(full))) result.files.push(full);
      } else if (e.isDirectory() || (isLink && (await isDirectory(full)))) {
        if (!e.name.startsWith('.')) folders.push(full);
      }
    }
    if (depth >= limits.depth) {
      if (folders.length) result.truncated = true;
      return;
    }
    for (const f of folders) {
      if (result.truncated) return;
      await walk(f, depth + 1);
    }
  };

  await walk(root, 0);
  // Path order, so "the first copy" of a duplicated project is the same on every computer.
  result.files.sort((a, b) => a.localeCompare(b, 'en'));
  return result;
}

async function isRegularFile(p: string): Promise<boolean> {
  try {
    return (await fsp.stat(p)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fsp.stat(p)).isDirectory();
  } catch {
    return false;
  }
}
