/**
 * Layout as LibreOffice lays the DOCX out (the slow test: the four documents are exported and
 * converted once per run, shared with the other report tests through ./exported). Checks the page numbering (none on the cover, i, ii … then 1, 2 … from BAB I), the
 * table of contents and the list of tables against the pages where the headings and captions
 * really land, and that hostile and empty projects still open. Page pictures go to
 * test-results/report/ for a person to look at.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../../shared/model/envelope';
import { sipantau } from '../domain/sipantau';
import { ROOT } from '../helpers';
import { convertedAll, SIPANTAU_DOCS, type ExportedDoc } from './exported';
import { canConvert, footer, listEntries, squash } from './pdfPages';
import { hostile } from './support';
import { groupNip } from '../../../shared/format/nip';
import { memberPerson } from '../../../shared/domain/team';

const SHOTS = path.join(ROOT, 'test-results/report');
const ROMAN = /^(?:x{0,3})(ix|iv|v?i{0,3})$/;

describe.skipIf(!canConvert)('layout in LibreOffice', () => {
  const pdfs: Record<string, ExportedDoc> = {};

  beforeAll(async () => {
    // One LibreOffice start for the four (those another file has not converted already).
    const docs = await convertedAll({
      'sipantau-rancangan': SIPANTAU_DOCS.rancangan,
      'sipantau-laporan': SIPANTAU_DOCS.laporan,
      'hostile-laporan': { project: () => hostile(sipantau()), kind: 'laporan' },
      'kosong-rancangan': { project: () => createProject(), kind: 'rancangan' },
    });
    Object.assign(pdfs, {
      rancangan: docs['sipantau-rancangan'],
      laporan: docs['sipantau-laporan'],
      hostile: docs['hostile-laporan'],
      kosong: docs['kosong-rancangan'],
    });
  }, 900_000);

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
        expect(
          pages.some(
            (pg) =>
              pg
                .split('\n')
                .find((l) => l.trim())
                ?.trim() === bab,
          ),
          `${name} ${bab}`,
        ).toBe(true);
      }
      expect(
        pages.some(
          (pg) =>
            pg.includes('LAMPIRAN') &&
            pg
              .split('\n')
              .find((l) => l.trim())
              ?.trim() === 'LAMPIRAN',
        ),
      ).toBe(true);
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

  it('prints amounts and grouped NIPs unbroken in the tables: "Rp6.920.000" and every NIP of the team', () => {
    const p = sipantau();
    const nips = [
      ...new Set(
        p.team
          .map((m) => memberPerson(p, m).nip.trim())
          .filter(Boolean)
          .map(groupNip),
      ),
    ];
    expect(nips.length).toBeGreaterThan(3);
    for (const name of ['rancangan', 'laporan']) {
      // Each printed line on its own, no-break spaces read as spaces and runs of spaces as one.
      const lines = pdfs[name]!.pages.join('\n')
        .split('\n')
        .map((l) => l.replace(/\u00a0/g, ' ').replace(/ {2,}/g, ' | '));
      expect(
        lines.some((l) => l.includes('Rp6.920.000')),
        `${name}: Rp6.920.000 on one line`,
      ).toBe(true);
      for (const nip of nips)
        expect(
          lines.some((l) => l.includes(`NIP ${nip}`)),
          `${name}: NIP ${nip} on one line`,
        ).toBe(true);
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
      const { pages, pdf: file } = pdfs[name]!;
      // Body pages only: the lists of tables and figures name the same captions.
      const body = pages.findIndex((pg) => /^\s*BAB I\s*$/m.test(pg));
      const find = (re: RegExp) => pages.findIndex((pg, i) => i >= body && re.test(pg)) + 1;
      const wanted = {
        cover: 1,
        approval: 2,
        contents: pages.findIndex((pg) => /^\s*DAFTAR ISI\s*$/m.test(pg)) + 1,
        table: find(/Tabel\s+1\.2\s+Penetapan\s+Isu/),
        figure: find(/Gambar\s+\d\.\d\s+Peta\s+Stakeholder\s+Sebelum/),
      };
      for (const [what, page] of Object.entries(wanted)) {
        expect(page, what).toBeGreaterThan(0);
        execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', String(page), '-l', String(page), file, path.join(SHOTS, `${name}-${what}`)]);
        expect(existsSync(path.join(SHOTS, `${name}-${what}.png`))).toBe(true);
      }
    }
  });
});
