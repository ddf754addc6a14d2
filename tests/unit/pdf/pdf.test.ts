/**
 * The PDF of the reading view's markup, printed by Chromium (Debian's, through Playwright) with
 * paged.js numbering, read back with pdftotext page by page: the cover on page one, roman numbers
 * in the front matter and arabic from BAB I, every chapter present, and every entry of the daftar
 * isi, tabel and gambar naming the page its heading or caption really lands on.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPdfExporter } from '../../../electron/core/report/pdf';
import { decodeProjectText } from '../../../shared/model/envelope';
import type { Project } from '../../../shared/model/types';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/report/context';
import { chromiumPrinter, type ChromiumPrinter } from '../../../scripts/support/chromiumPrinter';
import { generateProject } from '../../generator/project';
import { SAMPLE, tempDir } from '../helpers';
import { runReportCli } from '../reportCli';

let printer: ChromiumPrinter;
beforeAll(async () => {
  printer = await chromiumPrinter();
}, 60_000);
afterAll(async () => {
  await printer?.close();
});

function sample(): Project {
  const r = decodeProjectText(readFileSync(SAMPLE, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.value.project;
}

/** Text of each page (index 0 = page 1). */
function pagesOf(pdf: string): string[] {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }),
  );
}

/** The number printed at the foot of a page: the last non-empty line. */
const footer = (page: string) => page.trim().split('\n').at(-1)!.trim();

/** Entries "text ..... n" of the three lists: every front-matter page from DAFTAR ISI up to BAB I. */
function listEntries(pages: string[]): { text: string; page: string }[] {
  const from = pages.findIndex((p) => p.includes('DAFTAR ISI'));
  const to = pages.findIndex((p) => /^\s*BAB I\s*$/m.test(p));
  const out: { text: string; page: string }[] = [];
  for (const page of pages.slice(from, to)) {
    for (const line of page.split('\n').slice(0, -1)) {
      const m = /^\s*(\S.*?)\s{2,}(\d+)\s*$/.exec(line);
      if (m) out.push({ text: m[1]!.replace(/\s+/g, ' '), page: m[2]! });
    }
  }
  return out;
}

async function exportPdf(project: Project, kind: 'rancangan' | 'laporan'): Promise<string[]> {
  const dir = await tempDir();
  const target = path.join(dir, `${kind}.pdf`);
  const exportPdf = createPdfExporter(printer.print);
  const r = await exportPdf({ project, kind, options: DEFAULT_EXPORT_OPTIONS, suggestedName: kind }, target);
  if (!r.ok) throw new Error(r.message);
  return pagesOf(target);
}

function checkLists(pages: string[]): number {
  const bodyStart = pages.findIndex((p) => /^\s*BAB I\s*$/m.test(p));
  const entries = listEntries(pages);
  for (const entry of entries) {
    // The body page whose printed number is the entry's and which shows the entry's text.
    const words = entry.text.slice(0, 40);
    const landing = pages.findIndex((p, i) => i >= bodyStart && footer(p) === entry.page && p.replace(/\s+/g, ' ').includes(words));
    expect(landing, `"${entry.text}" listed on page ${entry.page}`).toBeGreaterThanOrEqual(bodyStart);
  }
  return entries.length;
}

describe('PDF of the report', () => {
  it('SIPANTAU rancangan: cover first, roman then arabic numbers, every list entry on its real page', async () => {
    const pages = await exportPdf(sample(), 'rancangan');
    expect(pages[0]).toContain('RANCANGAN AKSI PERUBAHAN KINERJA PELAYANAN');
    expect(pages[0]).toContain('Rahmawati Siregar');
    // As in the DOCX: the approval page is i.
    expect(footer(pages[1]!)).toBe('i');
    for (const bab of ['BAB I', 'BAB II', 'BAB III']) expect(pages.some((p) => p.includes(bab))).toBe(true);
    const first = pages.findIndex((p) => /^\s*BAB I\s*$/m.test(p));
    expect(footer(pages[first]!)).toBe('1');
    expect(pages.join('\n')).toContain('Rp6.920.000');
    expect(checkLists(pages)).toBeGreaterThan(20);
  }, 180_000);

  it('a generated 3× laporan: every list entry still lands on its page', async () => {
    const pages = await exportPdf(generateProject({ seed: 21, scale: 3, implemented: true }), 'laporan');
    expect(pages[0]).toContain('LAPORAN');
    expect(checkLists(pages)).toBeGreaterThan(40);
  }, 240_000);

  it('npm run report -- --format pdf writes the PDF through the same exporter', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'Rancangan SIPANTAU.pdf');
    // `npm run report` as it ships: the bundled command (built once per run, ../reportCli.ts).
    const r = await runReportCli([SAMPLE, '--kind', 'rancangan', '--format', 'pdf', '--out', target], 180_000);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✓ .*sipantau\.rancang → .*Rancangan SIPANTAU\.pdf \(rancangan, \d+ KB/);
    expect(pagesOf(target)[0]).toContain('RANCANGAN AKSI PERUBAHAN KINERJA PELAYANAN');
  }, 180_000);
});
