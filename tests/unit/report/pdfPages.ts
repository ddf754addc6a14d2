/**
 * Reading a report back from LibreOffice's PDF: the DOCX converted by soffice (a private profile,
 * so concurrent conversions cannot collide), pdftotext per page, the page number printed in each
 * footer, and the entries of the table of contents and the lists of tables and figures with the
 * page each names. No Vitest here: the shared export cache and scripts use it too.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
export const canConvert = !!SOFFICE && spawnSync('pdftotext', ['-v']).status === 0;

/** DOCX files → PDFs beside them (one soffice run for all; its hang guard grows with the number of files). */
export function convertToPdf(docxFiles: string[], outDir: string): void {
  const profile = mkdtempSync(path.join(os.tmpdir(), 'rancang-soffice-'));
  try {
    execFileSync(SOFFICE!, ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, ...docxFiles], {
      env: { ...process.env, HOME: profile },
      timeout: Math.max(900_000, docxFiles.length * 300_000),
      stdio: 'ignore',
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The text of each page of a PDF. */
export function pdfPages(pdf: string, layout = true): string[] {
  if (!existsSync(pdf)) return [];
  const text = execFileSync('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return text.split('\f').slice(0, -1);
}

/** A page's number as printed in its footer (the last line), or '' when it has none. */
export const footer = (page: string) => {
  const lines = page
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const last = lines[lines.length - 1] ?? '';
  return /^(\d+|[ivxlc]+)$/.test(last) ? last : '';
};

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** "BAB I PENDAHULUAN ........ 1" → ['BAB I PENDAHULUAN', '1'], joining entries that wrapped. */
export function listEntries(pages: string[]): [string, string][] {
  const out: [string, string][] = [];
  let pending = '';
  for (const line of pages
    .join('\n')
    .split('\n')
    .map((l) => l.trim())) {
    if (!line || /^(DAFTAR (ISI|TABEL|GAMBAR)|[ivxlc]+)$/.test(line)) continue;
    // The dot leader: at least three dots, or two (". .") when the title fills the line.
    const m = line.match(/^(.*?)\s*(?:\.{3,}|\. ?\.)\s*(\d+|[ivxlc]+)$/);
    if (m) {
      out.push([squash(`${pending} ${m[1]}`), m[2]!]);
      pending = '';
    } else {
      pending = squash(`${pending} ${line}`);
    }
  }
  return out;
}

export interface ListCheck {
  list: 'isi' | 'tabel' | 'gambar';
  entries: number;
  /** Entries whose heading or caption is not on the page they name, with the page where it is. */
  wrong: { entry: string; listed: string; found: string }[];
}

const startOf = (pages: string[], title: RegExp, from = 0) => pages.findIndex((pg, i) => i >= from && title.test(pg));

/**
 * Every entry of the three lists against the page its heading or caption lands on. A heading is
 * found on a body page (after the lists) by its text; the page it is really on is reported too.
 */
export function checkLists(pages: string[]): ListCheck[] {
  const isi = startOf(pages, /^\s*DAFTAR ISI\s*$/m);
  const tabel = startOf(pages, /^\s*DAFTAR TABEL\s*$/m, isi + 1);
  const gambar = startOf(pages, /^\s*DAFTAR GAMBAR\s*$/m, tabel + 1);
  const bodyStart = startOf(pages, /^\s*BAB I\s*$/m, Math.max(isi, tabel, gambar) + 1);
  const ranges: [ListCheck['list'], number, number][] = [
    ['isi', isi, tabel],
    ['tabel', tabel, gambar > 0 ? gambar : bodyStart],
    ...(gambar > 0 ? [['gambar', gambar, bodyStart] as [ListCheck['list'], number, number]] : []),
  ];
  const body = pages.map((pg, i) => ({ pg: squash(pg), n: footer(pg), i })).filter((x) => x.i >= bodyStart);
  return ranges.map(([list, from, to]) => {
    const entries = listEntries(pages.slice(from, to));
    const wrong: ListCheck['wrong'] = [];
    for (const [title, number] of entries) {
      const text = list === 'isi' ? title.replace(/^BAB [IVX]+ /, '') : title;
      const listed = body.find((b) => b.n === number);
      if (listed && listed.pg.includes(text)) continue;
      // Front-matter entries (KATA PENGANTAR, ABSTRAK) sit on roman pages before BAB I.
      if (/^[ivxlc]+$/.test(number) && pages.some((pg, i) => i < bodyStart && footer(pg) === number && squash(pg).includes(text))) continue;
      const found = body.find((b) => b.pg.includes(text));
      wrong.push({ entry: title, listed: number, found: found?.n ?? '?' });
    }
    return { list, entries: entries.length, wrong };
  });
}
