/**
 * Exported and converted reports shared by the report test files of one run: each named document
 * is exported once and converted by LibreOffice once, whichever test file asks first; the others
 * wait for it (a lock folder per document, made atomically). Everything lands in the run's
 * folder under test-results/report-run/, where the PDFs and page pictures can be looked at.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportOptions } from '../../../shared/ipc';
import type { Project } from '../../../shared/model/types';
import type { ReportKind } from '../../../shared/report/outline';
import { convertToPdf, pdfPages } from './pdfPages';
import { sipantau, sipantauBeforeRealisation } from '../domain/sipantau';
import { ALL_OPTIONS, docx, realised } from './support';
import { built, claim, finish, once, runDir } from '../runOnce';

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
  return (await convertedAll({ [name]: spec }))[name]!;
}

/**
 * Several documents exported and converted, each once per run: the PDFs no other file has begun
 * are made by ONE LibreOffice start (each start costs seconds before the first page is laid out).
 */
export async function convertedAll<N extends string>(specs: Record<N, DocSpec>): Promise<Record<N, ExportedDoc>> {
  const names = Object.keys(specs) as N[];
  const docs: Omit<ExportedDoc, 'pages'>[] = [];
  for (const name of names) docs.push(await exported(name, specs[name]));
  const dir = runDir();
  const mine = docs.filter((d) => claim(dir, `${d.name}.pdf`));
  if (mine.length) {
    try {
      convertToPdf(
        mine.map((d) => d.docx),
        dir,
      );
    } catch (e) {
      for (const d of mine) finish(dir, `${d.name}.pdf`, e);
      throw e;
    }
    for (const d of mine) finish(dir, `${d.name}.pdf`, existsSync(d.pdf) ? undefined : new Error(`LibreOffice made no PDF of ${d.name}`));
  }
  for (const d of docs) await built(dir, `${d.name}.pdf`);
  return Object.fromEntries(docs.map((d) => [d.name, { ...d, pages: pdfPages(d.pdf) }])) as Record<N, ExportedDoc>;
}

/** SIPANTAU's rancangan and laporan, under the names every report test file shares. */
export const SIPANTAU_DOCS = {
  // The rancangan as defended at the first seminar: the plan, before anything was realised.
  rancangan: { project: sipantauBeforeRealisation, kind: 'rancangan' },
  laporan: { project: () => realised(sipantau()), kind: 'laporan' },
} as const satisfies Record<string, DocSpec>;
