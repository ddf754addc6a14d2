/**
 * A file that fails to parse or validate is never written to. A copy goes to the quarantine
 * folder with a note saying why, so nothing is lost even if the user later deletes the original.
 * One copy per distinct file (named by its hash): opening the same broken 5 MB file five times
 * used to keep five copies. The folder is capped; the oldest copies go first.
 */
import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Fail } from '../../shared/result';

/** The quarantine folder never grows past this (bytes); a copy larger than it is not kept. */
export const QUARANTINE_MAX_BYTES = 200 * 1024 * 1024;

export async function quarantineCopy(dataDir: string, file: string, failure: Fail, now: Date, maxBytes = QUARANTINE_MAX_BYTES): Promise<string | null> {
  try {
    const dir = path.join(dataDir, 'quarantine');
    await fsp.mkdir(dir, { recursive: true });
    const bytes = await fsp.readFile(file);
    if (bytes.length > maxBytes) return null;
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
    const target = path.join(dir, `${hash}-${path.basename(file)}`);
    const note = [`Berkas asal: ${file}`, `Waktu: ${now.toISOString()}`, `Kode: ${failure.code}`, failure.message, ...(failure.details ?? [])].join('\n');
    const known = await fsp.stat(target).then(
      () => true,
      () => false,
    );
    if (!known) await fsp.writeFile(target, bytes);
    await fsp.writeFile(`${target}.txt`, `${note}\n`);
    await capFolder(dir, maxBytes, target);
    return target;
  } catch {
    // Quarantine is a courtesy copy; failing to make it must not hide the original error.
    return null;
  }
}

/** Removes the oldest copies (and their notes) until the folder fits, never the one just kept. */
async function capFolder(dir: string, maxBytes: number, keep: string): Promise<void> {
  const names = await fsp.readdir(dir);
  const entries = await Promise.all(names.map(async (n) => ({ n, st: await fsp.stat(path.join(dir, n)).catch(() => null) })));
  const copies = entries.filter((e) => e.st && !e.n.endsWith('.txt')).sort((a, b) => a.st!.mtimeMs - b.st!.mtimeMs);
  let total = entries.reduce((sum, e) => sum + (e.st?.size ?? 0), 0);
  for (const c of copies) {
    if (total <= maxBytes) break;
    if (path.join(dir, c.n) === keep) continue;
    await fsp.rm(path.join(dir, c.n), { force: true });
    await fsp.rm(path.join(dir, `${c.n}.txt`), { force: true });
    total -= c.st!.size;
  }
}
