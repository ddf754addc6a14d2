/**
 * The cohort's innovation catalogue as PDF: printed by Chromium from shared/cohort/catalogueHtml,
 * read back with pdftotext — the contents page first, then each innovation on its own page with its
 * parts and contact, numbered from 1, and hostile text printed as text.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { catalogueHtml } from '../../../shared/cohort/catalogueHtml';
import { innovationProfile } from '../../../shared/cohort/profile';
import { chromiumPrinter, type ChromiumPrinter } from '../../../scripts/support/chromiumPrinter';
import { generateProject } from '../../generator/project';
import { tempDir } from '../helpers';

let printer: ChromiumPrinter;
beforeAll(async () => {
  printer = await chromiumPrinter();
}, 60_000);
afterAll(async () => {
  await printer?.close();
});

const pagesOf = (pdf: string): string[] => {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  return Array.from({ length: count }, (_, i) =>
    execFileSync('pdftotext', ['-f', String(i + 1), '-l', String(i + 1), '-layout', pdf, '-'], { encoding: 'utf8' }),
  );
};

describe('innovation catalogue as PDF', () => {
  it('a contents page, then one numbered page per innovation, hostile names as plain text', async () => {
    const profiles = [1, 2, 3].map((seed) => innovationProfile(generateProject({ seed, scale: 0.3 })));
    profiles[1] = { ...profiles[1]!, name: 'SI<script>alert(1)</script>CEPAT & "Tepat"' };
    const pdf = path.join(await tempDir(), 'katalog.pdf');
    writeFileSync(pdf, await printer.print(catalogueHtml('Angkatan II 2026', profiles)));
    const pages = pagesOf(pdf);
    expect(pages[0]).toContain('KATALOG INOVASI');
    expect(pages[0]).toContain('Angkatan II 2026');
    // Each innovation starts a page of its own, with its parts; the pages are numbered 1, 2, 3.
    profiles.forEach((p, i) => {
      const start = pages.findIndex((page) => page.includes(`${i + 1}. ${p.name.slice(0, 20)}`) && page.includes('Permasalahan'));
      expect(start, p.name).toBeGreaterThan(0);
      const rest = pages.slice(start).join('\n');
      for (const part of ['Permasalahan', 'Gagasan', 'Tujuan', 'Hasil', 'Kontak']) expect(rest).toContain(part);
    });
    const footers = pages.slice(1).map((page) => page.trim().split('\n').at(-1)!.trim());
    expect(footers).toEqual(pages.slice(1).map((_, i) => String(i + 1)));
    expect(pages.join('\n')).toContain('SI<script>alert(1)</script>CEPAT & "Tepat"');
  }, 120_000);
});
