/**
 * Layout as LibreOffice lays the DOCX out (the slow test: one soffice run converts all four
 * documents). Checks the page numbering (none on the cover, i, ii … then 1, 2 … from BAB I), the
 * table of contents and the list of tables against the pages where the headings and captions
 * really land, and that hostile and empty projects still open. Page pictures go to
 * test-results/report/ for a person to look at.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../../shared/model/envelope';
import { sipantau } from '../domain/sipantau';
import { ROOT } from '../helpers';
import { docx, hostile, realised } from './support';

const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const SHOTS = path.join(ROOT, 'test-results/report');
const ROMAN = /^(?:x{0,3})(ix|iv|v?i{0,3})$/;

interface Pdf { file: string; pages: string[] }

/** A page's number as printed in its footer (the last line), or '' when it has none. */
const footer = (page: string) => {
  const lines = page.split('\n').map((l) => l.trim()).filter(Boolean);
  const last = lines[lines.length - 1] ?? '';
  return /^(\d+|[ivxlc]+)$/.test(last) ? last : '';
};
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** "BAB I PENDAHULUAN ........ 1" → ['BAB I PENDAHULUAN', '1'], joining entries that wrapped. */
function listEntries(pages: string[]): [string, string][] {
  const out: [string, string][] = [];
  let pending = '';
  for (const line of pages.join('\n').split('\n').map((l) => l.trim())) {
    if (!line || /^(DAFTAR (ISI|TABEL|GAMBAR)|[ivxlc]+)$/.test(line)) continue;
    const m = line.match(/^(.*?)\s*\.{3,}\s*(\d+|[ivxlc]+)$/);
    if (m) {
      out.push([squash(`${pending} ${m[1]}`), m[2]!]);
      pending = '';
    } else {
      pending = squash(`${pending} ${line}`);
    }
  }
  return out;
}

const runnable = !!SOFFICE && spawnSync('pdftotext', ['-v']).status === 0;

describe.skipIf(!runnable)('layout in LibreOffice', () => {
  const pdfs: Record<string, Pdf> = {};
  // Kept for the whole file (the helpers' temp folders are removed after each test).
  const dir = mkdtempSync(path.join(os.tmpdir(), 'rancang-layout-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const p = sipantau();
    const docs: Record<string, Uint8Array> = {
      rancangan: await docx(p, 'rancangan'),
      laporan: await docx(realised(p), 'laporan'),
      hostile: await docx(hostile(p), 'laporan'),
      kosong: await docx(createProject(), 'rancangan'),
    };
    for (const [name, bytes] of Object.entries(docs)) writeFileSync(path.join(dir, `${name}.docx`), bytes);
    // A private profile and HOME, so a concurrent LibreOffice (or another test) cannot collide.
    execFileSync(SOFFICE!, [
      '--headless', '--norestore', `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
      '--convert-to', 'pdf', '--outdir', dir, ...Object.keys(docs).map((n) => path.join(dir, `${n}.docx`)),
    ], { env: { ...process.env, HOME: dir }, timeout: 240_000, stdio: 'ignore' });
    for (const name of Object.keys(docs)) {
      const file = path.join(dir, `${name}.pdf`);
      const text = existsSync(file) ? execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }) : '';
      pdfs[name] = { file, pages: text.split('\f').slice(0, -1) };
    }
  }, 300_000);

  it('numbers pages: nothing on the cover, i, ii … in the front matter, 1, 2 … from BAB I', () => {
    for (const name of ['rancangan', 'laporan']) {
      const { pages } = pdfs[name]!;
      const numbers = pages.map(footer);
      const bab1 = pages.findIndex((pg) => /^\s*BAB I\s*$/m.test(pg) && /^\s*PENDAHULUAN\s*$/m.test(pg));
      expect(bab1, name).toBeGreaterThan(2);
      // The cover ends with the year, never with a page number.
      expect(numbers[0], `${name} cover ends: ${pages[0]!.trim().split('\n').slice(-2).join(' / ')}`).toBe('2022');
      const roman = numbers.slice(1, bab1);
      expect(roman[0]).toBe('i');
      expect(roman.every((n) => ROMAN.test(n) && n !== '')).toBe(true);
      expect(numbers.slice(bab1)).toEqual(numbers.slice(bab1).map((_, i) => String(i + 1)));
      expect(pages[0]).toContain(name === 'rancangan' ? 'RANCANGAN AKSI PERUBAHAN KINERJA PELAYANAN' : 'LAPORAN AKSI PERUBAHAN KINERJA PELAYANAN');
    }
  });

  it('starts every chapter on a new page with "BAB n" over its title, and prints "Tabel 1.1"', () => {
    const chapters = { rancangan: ['BAB I', 'BAB II', 'BAB III'], laporan: ['BAB I', 'BAB II', 'BAB III', 'BAB IV'] } as const;
    for (const name of ['rancangan', 'laporan'] as const) {
      const { pages } = pdfs[name]!;
      for (const bab of chapters[name]) {
        expect(pages.some((pg) => pg.split('\n').find((l) => l.trim())?.trim() === bab), `${name} ${bab}`).toBe(true);
      }
      expect(pages.some((pg) => pg.includes('LAMPIRAN') && pg.split('\n').find((l) => l.trim())?.trim() === 'LAMPIRAN')).toBe(true);
      expect(pages.join('\n')).toMatch(/Tabel 1\.1 Identifikasi Isu dengan Kriteria APKL/);
    }
  });

  it('the table of contents shows real page numbers, and each heading is on the page it names', () => {
    for (const name of ['rancangan', 'laporan']) {
      const { pages } = pdfs[name]!;
      const start = pages.findIndex((pg) => /^\s*DAFTAR ISI\s*$/m.test(pg));
      const end = pages.findIndex((pg, i) => i > start && /^\s*DAFTAR TABEL\s*$/m.test(pg));
      const entries = listEntries(pages.slice(start, end));
      expect(entries.map(([t]) => t)).toContain('BAB I PENDAHULUAN');
      expect(entries.find(([t]) => t === 'BAB I PENDAHULUAN')?.[1]).toBe('1');
      expect(entries.filter(([t]) => t.startsWith('BAB ')).length).toBe(name === 'rancangan' ? 3 : 4);
      const misplaced = entries.filter(([title, number]) => {
        const page = pages.find((pg) => footer(pg) === number);
        const heading = title.replace(/^BAB [IVX]+ /, '');
        return !page || !squash(page).includes(heading);
      });
      expect(misplaced, `${name}: TOC entries not on their page`).toEqual([]);
    }
  });

  it('the list of tables points at the pages where the captions are', () => {
    for (const name of ['rancangan', 'laporan']) {
      const { pages } = pdfs[name]!;
      const start = pages.findIndex((pg) => /^\s*DAFTAR TABEL\s*$/m.test(pg));
      const end = pages.findIndex((pg, i) => i > start && /^\s*(DAFTAR GAMBAR|BAB I)\s*$/m.test(pg));
      const entries = listEntries(pages.slice(start, end));
      expect(entries.length).toBeGreaterThan(8);
      const wrong = entries.filter(([caption, number]) => {
        const page = pages.find((pg, i) => i > end && footer(pg) === number);
        return !page || !squash(page).includes(caption);
      });
      expect(wrong, `${name}: captions not on their listed page`).toEqual([]);
    }
  });

  it('hostile and empty projects open in LibreOffice and show what is missing', () => {
    for (const name of ['hostile', 'kosong']) {
      const { pages } = pdfs[name]!;
      expect(pages.length, name).toBeGreaterThan(5);
      expect(pages.join('\n')).toContain('[belum diisi]');
    }
    expect(pdfs['hostile']!.pages.join('\n')).toContain('<script>alert(1)</script>');
  });

  it('renders the pages a reviewer looks at (cover, approval, contents, a table, a figure) to test-results/report', () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const name of ['rancangan', 'laporan']) {
      const { pages, file } = pdfs[name]!;
      // Body pages only: the lists of tables and figures name the same captions.
      const body = pages.findIndex((pg) => /^\s*BAB I\s*$/m.test(pg));
      const find = (re: RegExp) => pages.findIndex((pg, i) => i >= body && re.test(pg)) + 1;
      const wanted = { cover: 1, approval: 2, contents: pages.findIndex((pg) => /^\s*DAFTAR ISI\s*$/m.test(pg)) + 1, table: find(/Tabel\s+1\.2\s+Penetapan\s+Isu/), figure: find(/Gambar\s+\d\.\d\s+Peta\s+Stakeholder\s+Sebelum/) };
      for (const [what, page] of Object.entries(wanted)) {
        expect(page, what).toBeGreaterThan(0);
        execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', String(page), '-l', String(page), file, path.join(SHOTS, `${name}-${what}`)]);
        expect(existsSync(path.join(SHOTS, `${name}-${what}.png`))).toBe(true);
      }
    }
  });
});
