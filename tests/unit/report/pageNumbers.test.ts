/**
 * Property: for generated projects from a thin draft to many times SIPANTAU, every entry of the
 * table of contents and of the lists of tables and figures names the page its heading or caption
 * lands on when LibreOffice lays the DOCX out. The normal run tries STANDARD_SIZES with one seed;
 * RANCANG_SWEEP=1 tries SWEEP_SIZES (up to 20×) with three seeds each (slow: tens of minutes).
 * Each document is exported and converted once per run (./exported), and a summary of what was
 * checked is written beside the PDFs (list-check.json).
 */
import { appendFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STANDARD_SIZES, SWEEP_SIZES, generateProject } from '../../generator/project';
import { withPictures } from '../../generator/pictures';
import { converted } from './exported';
import { canConvert, checkLists } from './pdfPages';

/**
 * Entries known to be one page off, pinned exactly: the test fails when another entry goes wrong
 * AND when one of these comes right (then delete it here). Cause, traced for the 1× rancangan:
 * a heading at the foot of a page followed by a two-line list item. docx's estimate puts the
 * item's last line at 741.6–762.3 pt, past the 756.9 pt text bottom, because (as Word does) it
 * lets the 1.5-line spacing of a page's last line run into the bottom margin; LibreOffice needs
 * the whole line height, so heading and item move to the next page. The rule lives inside
 * docx's estimator (docx/layout), which this project does not patch. Table row heights, space
 * between paragraphs (the larger of after/before) and widow control agree with LibreOffice on
 * these pages (checked against pdftotext -bbox). The 3× laporan entry has the same signature
 * (a heading one page later than listed, nothing else moved) but was not traced line by line.
 * With the fishbone figure in BAB I and the tie-break sentence in the USG explanation (branch
 * longtext) BAB I grew and the pages after it moved: "H. Ruang Lingkup" of the 1× documents now
 * sits as a heading at the foot of page 7 in docx's estimate and on page 8 in LibreOffice — the
 * same signature (heading alone at a page foot, the next paragraph's last line in the bottom
 * margin) — and the two older entries moved one page with everything else.
 */
const KNOWN_OFF: Record<string, string[]> = {
  'generated-1x-1-rancangan': ['isi: H. Ruang Lingkup listed 7, found 8', 'isi: H. Faktor Kunci Keberhasilan listed 22, found 23'],
  'generated-1x-1-laporan': ['isi: H. Ruang Lingkup listed 7, found 8'],
  'generated-3x-1-laporan': ['isi: F. Manfaat yang Telah Dirasakan listed 61, found 62'],
};

const SWEEP = process.env.RANCANG_SWEEP === '1';
const sizes: readonly number[] = SWEEP ? SWEEP_SIZES : STANDARD_SIZES;
const seeds = SWEEP ? [1, 2, 3] : [1];
const cases = sizes.flatMap((scale) => seeds.flatMap((seed) => (['rancangan', 'laporan'] as const).map((kind) => ({ scale, seed, kind }))));

describe.skipIf(!canConvert)('page numbers of the lists match LibreOffice’s pages', () => {
  it.each(cases)(
    '$scale× seed $seed $kind',
    async ({ scale, seed, kind }) => {
      const name = `generated-${scale}x-${seed}-${kind}`;
      const doc = await converted(name, {
        kind,
        project: () => withPictures(generateProject({ seed, scale, implemented: kind === 'laporan' }), Math.max(1, Math.round(2 * scale)), seed),
      });
      expect(doc.pages.length, `${name} converted`).toBeGreaterThan(5);
      const lists = checkLists(doc.pages);
      appendFileSync(path.join(path.dirname(doc.pdf), 'list-check.json'), `${JSON.stringify({ name, pages: doc.pages.length, lists })}\n`);
      const byList = Object.fromEntries(lists.map((l) => [l.list, l]));
      expect(byList['isi']?.entries, `${name}: table of contents read`).toBeGreaterThan(10);
      expect(byList['tabel']?.entries, `${name}: list of tables read`).toBeGreaterThan(3);
      expect(
        lists.flatMap((l) => l.wrong.map((w) => `${l.list}: ${w.entry} listed ${w.listed}, found ${w.found}`)),
        name,
      ).toEqual(KNOWN_OFF[name] ?? []);
    },
    1_800_000,
  );
});
