/**
 * A file that fails to parse or validate is never written to. A copy goes to the quarantine
 * folder with a note saying why, so nothing is lost even if the user later deletes the original.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Fail } from '../../shared/result';

export async function quarantineCopy(dataDir: string, file: string, failure: Fail, now: Date): Promise<string | null> {
  try {
    const dir = path.join(dataDir, 'quarantine');
    await fsp.mkdir(dir, { recursive: true });
    const stamp = now.toISOString().replace(/[:.]/g, '-');
    const target = path.join(dir, `${stamp}-${path.basename(file)}`);
    await fsp.copyFile(file, target);
    const note = [`Berkas asal: ${file}`, `Waktu: ${now.toISOString()}`, `Kode: ${failure.code}`, failure.message, ...(failure.details ?? [])].join('\n');
    await fsp.writeFile(`${target}.txt`, `${note}\n`);
    return target;
  } catch {
    // Quarantine is a courtesy copy; failing to make it must not hide the original error.
    return null;
  }
}
