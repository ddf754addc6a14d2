/**
 * A stand-in for the Electron zip electron-builder would download (ARCHITECTURE.md, toolchain note §8): the files it
 * copies for a Linux --dir package. The executable is a shell script, so the package cannot run,
 * but everything electron-builder decides (files, asar, unpacking, resources, locales) is real.
 */
import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** More locales than the app keeps, so the electronLanguages pruning is visible. */
export const STAND_IN_LOCALES = ['en-US', 'id', 'de', 'fr', 'ja'];

export async function makeStandInElectron(dir: string, version: string): Promise<string> {
  await mkdir(path.join(dir, 'locales'), { recursive: true });
  const exe = path.join(dir, 'electron');
  await writeFile(exe, '#!/bin/sh\necho "stand-in Electron: this package cannot run" >&2\nexit 1\n');
  await chmod(exe, 0o755);
  await writeFile(path.join(dir, 'version'), version);
  await writeFile(path.join(dir, 'LICENSE'), 'MIT (stand-in)\n');
  await writeFile(path.join(dir, 'LICENSES.chromium.html'), '<!doctype html><title>stand-in</title>\n');
  for (const l of STAND_IN_LOCALES) await writeFile(path.join(dir, 'locales', `${l}.pak`), l);
  return dir;
}
