/**
 * Vitest global setup: names this test run, so the report tests share one export and one
 * LibreOffice conversion of each document per run (tests/unit/report/exported.ts builds them
 * lazily, on first use, under test-results/report-run/<run>/). Runs whose vitest has ended are
 * removed (never one still running beside this one); the last stays for a person to look at.
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

const RUNS = path.resolve(import.meta.dirname, '../../../test-results/report-run');

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

export default function setup(project: TestProject): void {
  const run = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
  mkdirSync(RUNS, { recursive: true });
  for (const old of readdirSync(RUNS)) {
    if (!alive(Number(old.split('-').pop()))) rmSync(path.join(RUNS, old), { recursive: true, force: true });
  }
  project.provide('reportRun', path.join(RUNS, run));
}
