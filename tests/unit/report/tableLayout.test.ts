/** Column widths from measured content: minimums from unbreakable tokens, landscape only when needed. */
import { describe, expect, it } from 'vitest';
import { measureText } from '../../../shared/report/measure';
import type { Cell, Column } from '../../../shared/report/outline';
import { CELL_PADDING, layoutTable, solveWidths } from '../../../shared/report/tableLayout';
import { dateRangeWithDays } from '../../../shared/report/dateRange';
import { fundingText } from '../../../shared/report/tables/money';
import { pageGeometry } from '../../../shared/report/docx/geometry';
import { createProject } from '../../../shared/model/envelope';

const g = pageGeometry(createProject().documentSettings);
const PAGES = { portrait: g.textWidth, landscape: g.landscape.textWidth, family: 'Times New Roman' as const, sizePt: 10 };
const twips = (s: string, bold = false, size = 10) => measureText(s, { family: 'Times New Roman', size, bold }) * 20 + CELL_PADDING;
const col = (header: string, weight: number): Column => ({ header, weight });
const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);

const words = 'Sosialisasi layanan informasi perizinan kepada pelaku usaha dan perangkat daerah terkait';
const budget = {
  columns: [col('No', 5), col('Uraian', 27), col('Volume', 9), col('Satuan', 11), col('Harga Satuan', 14), col('Jumlah', 15), col('Sumber Dana', 19)],
  rows: [
    ...Array.from({ length: 12 }, (_, i): Cell[] => [
      String(i + 1),
      words,
      '12',
      'orang/kegiatan',
      'Rp1.250.000',
      'Rp486.100.000',
      'APBD — DPA Dinas Penanaman Modal',
    ]),
    [{ text: 'Jumlah', span: 5 }, { text: 'Rp486.100.000', bold: true }, ''],
  ] as Cell[][],
};

describe('table column widths', () => {
  it('an amount column is never narrower than its widest amount, and the widths fill the text width exactly', () => {
    const l = layoutTable(budget, PAGES);
    expect(l.landscape).toBe(false);
    expect(l.tokensBreak).toBe(false);
    expect(sum(l.widths)).toBe(g.textWidth);
    expect(l.widths[5]).toBeGreaterThanOrEqual(twips('Rp486.100.000', true));
    expect(l.widths[4]).toBeGreaterThanOrEqual(twips('Rp1.250.000'));
    // Header words never split: "Volume" and "Satuan" fit their columns in bold.
    expect(l.widths[2]).toBeGreaterThanOrEqual(twips('Volume', true));
    expect(l.widths[3]).toBeGreaterThanOrEqual(twips('orang/kegiatan'));
  });

  it('a grouped NIP (no-break spaces) is one token: the name column is at least its width', () => {
    const nip = 'NIP\u00a019850312\u00a0201001\u00a02\u00a0014';
    const l = layoutTable(
      {
        columns: [col('No', 5), col('Nama / NIP', 30), col('Jabatan', 20), col('Uraian Tugas', 45)],
        rows: [['1', `Dr. H. Ahmad Fauzi, M.T.\n${nip}`, 'Kepala Dinas', words.repeat(3)]],
      },
      PAGES,
    );
    expect(l.widths[1]).toBeGreaterThanOrEqual(twips(nip));
  });

  it('an empty column shrinks to its header and gives its share to the text columns', () => {
    const rows: Cell[][] = Array.from({ length: 5 }, () => ['1', words, '–', words]);
    const l = layoutTable({ columns: [col('No', 5), col('Stakeholder', 30), col('Sikap', 30), col('Strategi', 35)], rows }, PAGES);
    expect(l.widths[2]).toBeLessThan(twips('Sikap', true) + 60);
    expect(l.widths[1]! + l.widths[3]!).toBeGreaterThan(g.textWidth * 0.8);
  });

  it('stays portrait while the tokens fit, drops to 10 pt before turning the page, and turns it only when needed', () => {
    const narrow = { columns: [col('No', 5), col('Uraian', 60), col('Jumlah', 35)], rows: [['1', words, 'Rp486.100.000']] };
    expect(layoutTable(narrow, { ...PAGES, sizePt: 11 })).toMatchObject({ landscape: false, sizePt: 11 });
    // Five columns of long words: the minimums pass 14 cm at 11 pt but not at 10 pt.
    const medium = { columns: Array.from({ length: 5 }, (_, i) => col(`K${i}`, 1)), rows: [Array.from({ length: 5 }, () => 'penyelenggaraan')] };
    const at11 = 5 * twips('penyelenggaraan', false, 11);
    const at10 = 5 * twips('penyelenggaraan', false, 10);
    expect(at11).toBeGreaterThan(g.textWidth);
    expect(at10).toBeLessThanOrEqual(g.textWidth);
    expect(layoutTable(medium, { ...PAGES, sizePt: 11 })).toMatchObject({ landscape: false, sizePt: 10, tokensBreak: false });
    // Seven such columns fit no portrait page at 10 pt, but the turned page.
    const wide = { columns: Array.from({ length: 7 }, (_, i) => col(`K${i}`, 1)), rows: [Array.from({ length: 7 }, () => 'penyelenggaraan')] };
    const l = layoutTable(wide, { ...PAGES, sizePt: 11 });
    expect(l).toMatchObject({ landscape: true, tokensBreak: false });
    expect(sum(l.widths)).toBe(g.landscape.textWidth);
    for (const w of l.widths) expect(w).toBeGreaterThanOrEqual(twips('penyelenggaraan', false, l.sizePt));
  });

  it('a 300-character URL or a 60-digit number still fits the page, and breaks only when no page holds it', () => {
    const withToken = (token: string) => ({
      columns: budget.columns,
      rows: [...budget.rows.slice(0, 3), ['4', `Tautan ${token}`, '1', 'paket', 'Rp1.000.000', 'Rp1.000.000', 'APBD'] as Cell[]],
    });
    // A 300-character URL is wider than any page: it breaks, in portrait; the amounts still hold.
    const url = layoutTable(withToken(`https://contoh.go.id/${'a'.repeat(280)}`), PAGES);
    expect(url).toMatchObject({ tokensBreak: true, landscape: false });
    expect(sum(url.widths)).toBe(g.textWidth);
    expect(url.widths[5]).toBeGreaterThanOrEqual(twips('Rp1.000.000'));
    expect(url.widths[4]).toBeGreaterThanOrEqual(twips('Rp1.000.000'));
    // A 60-digit number beside six other columns fits the turned page whole.
    const digits = '1234567890'.repeat(6);
    const wide = layoutTable(withToken(digits), PAGES);
    expect(wide).toMatchObject({ tokensBreak: false, landscape: true });
    expect(wide.widths[1]).toBeGreaterThanOrEqual(twips(digits));
    // In a two-column table it fits portrait, unbroken.
    const two = layoutTable({ columns: [col('No', 10), col('Nomor', 90)], rows: [['1', digits]] }, PAGES);
    expect(two).toMatchObject({ tokensBreak: false, landscape: false });
    // Sixty digits in each of three columns: no page holds them, so they break and the table fits.
    const three = layoutTable({ columns: [col('A', 1), col('B', 1), col('C', 1)], rows: [[digits, digits, digits]] }, PAGES);
    expect(three).toMatchObject({ tokensBreak: true, landscape: false });
    expect(sum(three.widths)).toBe(g.textWidth);
  });

  it('solveWidths keeps every column between its minimum and what its longest line needs', () => {
    const w = solveWidths([500, 800, 500], [600, 5000, 5000], [1, 1, 1], 6000)!;
    expect(sum(w)).toBe(6000);
    expect(w[0]).toBe(600);
    expect(w[1]).toBeGreaterThanOrEqual(800);
    expect(solveWidths([4000, 4000], [5000, 5000], [1, 1], 6000)).toBeNull();
  });
});

describe('words in table cells', () => {
  it('a date is held together by no-break spaces, so a column wraps only between dates', () => {
    expect(dateRangeWithDays('2022-03-28', '2022-04-01')).toBe('28\u00a0Maret – 1\u00a0April\u00a02022 (5\u00a0hari)');
    expect(dateRangeWithDays('2022-03-15', '2022-03-18')).toBe('15–18\u00a0Maret\u00a02022 (4\u00a0hari)');
  });

  it('the funding source is said once, its detail after it', () => {
    expect(fundingText('APBD', 'APBD - DPA Dinas Penanaman Modal')).toBe('APBD — DPA Dinas Penanaman Modal');
    expect(fundingText('Swadaya', 'Swadaya')).toBe('Swadaya');
    expect(fundingText('APBD', '')).toBe('APBD');
    expect(fundingText('APBD', 'DPA 2022')).toBe('APBD — DPA 2022');
    // A detail that merely starts with the same letters is kept whole.
    expect(fundingText('CSR', 'CSRI Foundation')).toBe('CSR — CSRI Foundation');
  });
});
