/**
 * Vitest global setup: names this test run, so the report tests share one export and one
 * LibreOffice conversion of each document per run (tests/unit/report/exported.ts builds them
 * lazily, on first use, under test-results/report-run/<run>/). Older runs are removed; the last
 * one stays for a person to look at.
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

export default function setup(project: TestProject): void {
  const run = `${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`;
  mkdirSync(RUNS, { recursive: true });
  for (const old of readdirSync(RUNS)) rmSync(path.join(RUNS, old), { recursive: true, force: true });
  project.provide('reportRun', path.join(RUNS, run));
}
