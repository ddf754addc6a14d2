/**
 * Exported and converted reports shared by the report test files of one run: each named document
 * is exported once and converted by LibreOffice once, whichever test file asks first; the others
 * wait for it (a lock folder per document, made atomically). Everything lands in the run's
 * folder under test-results/report-run/, where the PDFs and page pictures can be looked at.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inject } from 'vitest';
import type { ExportOptions } from '../../../shared/ipc';
import type { Project } from '../../../shared/model/types';
import type { ReportKind } from '../../../shared/report/outline';
import { convertToPdf, pdfPages } from './pdfPages';
import { sipantau, sipantauBeforeRealisation } from '../domain/sipantau';
import { ALL_OPTIONS, docx, realised } from './support';

export interface ExportedDoc {
  name: string;
  docx: string;
  pdf: string;
  /** pdftotext -layout per page; empty when the document was only exported. */
  pages: string[];
  bytes: Uint8Array;
}

export interface DocSpec {
  project: () => Project;
  kind: ReportKind;
  options?: ExportOptions;
}

const runDir = () => {
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

async function once(dir: string, key: string, build: () => Promise<void>): Promise<void> {
  const done = path.join(dir, `${key}.done`);
  const failed = path.join(dir, `${key}.failed`);
  if (existsSync(done)) return;
  try {
    mkdirSync(path.join(dir, `${key}.lock`));
  } catch {
    return waitFor(done, failed);
  }
  try {
    await build();
    writeFileSync(done, '');
  } catch (e) {
    writeFileSync(failed, e instanceof Error ? (e.stack ?? e.message) : String(e));
    throw e;
  }
}

/** The DOCX of `spec`, exported once per run under `name`. */
export async function exported(name: string, spec: DocSpec): Promise<Omit<ExportedDoc, 'pages'>> {
  const dir = runDir();
  const file = path.join(dir, `${name}.docx`);
  await once(dir, `${name}.docx`, async () => {
    writeFileSync(file, await docx(spec.project(), spec.kind, spec.options ?? ALL_OPTIONS));
  });
  return { name, docx: file, pdf: path.join(dir, `${name}.pdf`), bytes: new Uint8Array(readFileSync(file)) };
}

/** The DOCX of `spec` and LibreOffice's PDF of it, each made once per run. */
export async function converted(name: string, spec: DocSpec): Promise<ExportedDoc> {
  const doc = await exported(name, spec);
  const dir = path.dirname(doc.docx);
  await once(dir, `${name}.pdf`, async () => {
    convertToPdf([doc.docx], dir);
    if (!existsSync(doc.pdf)) throw new Error(`LibreOffice made no PDF of ${name}`);
  });
  return { ...doc, pages: pdfPages(doc.pdf) };
}

/** SIPANTAU's rancangan and laporan, under the names every report test file shares. */
export const SIPANTAU_DOCS = {
  // The rancangan as defended at the first seminar: the plan, before anything was realised.
  rancangan: { project: sipantauBeforeRealisation, kind: 'rancangan' },
  laporan: { project: () => realised(sipantau()), kind: 'laporan' },
} as const satisfies Record<string, DocSpec>;
