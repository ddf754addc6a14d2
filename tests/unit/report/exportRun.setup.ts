/**
 * Vitest global setup: names this test run, so the report tests share one export and one
 * LibreOffice conversion of each document per run (tests/unit/report/exported.ts builds them
 * lazily, on first use, under test-results/report-run/<run>/). Runs whose vitest has ended are
 * removed (never one still running beside this one); the last stays for a person to look at.
 * The run's bundled report command (../reportCli.ts) is removed when the run ends.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const RUNS = path.join(ROOT, 'test-results/report-run');

/** Where the bundled report command of a run is built (../reportCli.ts): beside dist-cli, so it finds node_modules and the fonts. */
export const cliDistOf = (run: string) => path.join(ROOT, `dist-cli-test-${path.basename(run)}`);

declare module 'vitest' {
  export interface ProvidedContext {
    reportRun: string;
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export default function setup(project: TestProject): () => void {
  const run = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
  mkdirSync(RUNS, { recursive: true });
  for (const old of readdirSync(RUNS)) {
    if (!alive(Number(old.split('-').pop()))) rmSync(path.join(RUNS, old), { recursive: true, force: true });
  }
  project.provide('reportRun', path.join(RUNS, run));
  // The bundle is rebuilt by every run (the sources may have changed); the PDFs stay for a person to look at.
  return () => rmSync(cliDistOf(run), { recursive: true, force: true });
}
