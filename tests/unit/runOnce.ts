/**
 * Work shared by the test files of one run (an exported report, its PDF, the bundled command):
 * whichever file asks first builds it, the others wait for it. A lock folder per piece, made
 * atomically, says who builds; a `.done` or `.failed` file beside it says how it went. Everything
 * lands in the run's folder under test-results/report-run/ (named by ./report/exportRun.setup.ts).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';

export const runDir = () => {
  const dir = inject('reportRun');
  mkdirSync(dir, { recursive: true });
  return dir;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for `done` to appear (another test file is building it), up to 20 minutes. */
async function waitFor(done: string, failed: string): Promise<void> {
  for (let i = 0; i < 2400; i++) {
    if (existsSync(done)) return;
    if (existsSync(failed)) throw new Error(readFileSync(failed, 'utf8'));
    await sleep(500);
  }
  throw new Error(`timed out waiting for ${done}`);
}

/** Takes the job of building `key` (true), or says it is done or another file has it (false). */
export function claim(dir: string, key: string): boolean {
  if (existsSync(path.join(dir, `${key}.done`))) return false;
  try {
    mkdirSync(path.join(dir, `${key}.lock`));
    return true;
  } catch {
    return false;
  }
}

/** Waits for `key` to be built, by this file or another; a build that failed fails here too. */
export const built = (dir: string, key: string) => waitFor(path.join(dir, `${key}.done`), path.join(dir, `${key}.failed`));

export function finish(dir: string, key: string, error?: unknown): void {
  if (error === undefined) writeFileSync(path.join(dir, `${key}.done`), '');
  else writeFileSync(path.join(dir, `${key}.failed`), error instanceof Error ? (error.stack ?? error.message) : String(error));
}

/** Runs `build` once per run for `key`, whichever test file gets here first. */
export async function once(dir: string, key: string, build: () => Promise<void>): Promise<void> {
  if (!claim(dir, key)) return built(dir, key);
  try {
    await build();
    finish(dir, key);
  } catch (e) {
    finish(dir, key, e);
    throw e;
  }
}
