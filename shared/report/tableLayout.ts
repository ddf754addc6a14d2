/**
 * Column widths from what a table holds, measured in the report font: the widest unbreakable
 * token of a column (an amount "Rp6.920.000", a grouped NIP, a date, a code "MP-01", a header
 * word) is its minimum, so it never wraps; a column never gets more than its longest line needs
 * (an empty "Sikap" column shrinks to its header); free text shares the rest by the weights the
 * table's author gave. A table that cannot fit portrait at its size tries 10 pt, then a landscape
 * page; only when no page holds its tokens (a 300-character URL) are the longest tokens allowed to
 * break, as the only way left to keep the table on the paper.
 */
import type { ReportFont } from '../model/enums';
import type { Cell, Column, TableBlock } from './outline';
import { measureText, type TextFont } from './measure';
import { MISSING } from './terms';

/** Cell margins left + right (70 twips each) and the borders, in twips. */
export const CELL_PADDING = 140 + 20;
/** Word and LibreOffice round glyph positions; a token measured to the last twip could still wrap. */
const SAFETY = 1.03;
/** The smallest table type local guides allow. */
export const MIN_TABLE_PT = 10;

export interface TableLayout {
  /** Twips per column, adding up to the width of the page's text area. */
  widths: number[];
  sizePt: number;
  landscape: boolean;
  /** True only when some token is wider than any page allows and must wrap inside itself. */
  tokensBreak: boolean;
}

export interface TablePages {
  portrait: number;
  landscape: number;
  family: ReportFont;
  /** The table's own size: 11 pt (10 for compact tables) unless the body text is smaller. */
  sizePt: number;
}

interface ColumnText {
  header: string;
  /** Each cell's lines, with whether the cell prints bold. */
  cells: { lines: string[]; bold: boolean }[];
  weight: number;
}

function cellText(c: Cell): { text: string; bold: boolean } {
  if (typeof c === 'string') return { text: c, bold: false };
  if (c.missing) return { text: MISSING, bold: true };
  return { text: c.runs ? c.runs.map((r) => r.text).join('') : (c.text ?? ''), bold: !!c.bold };
}

/** The columns' texts; a cell spanning several columns belongs to none of them. */
function columnTexts(t: Pick<TableBlock, 'columns' | 'rows'>): ColumnText[] {
  const out: ColumnText[] = t.columns.map((c: Column) => ({ header: c.header, cells: [], weight: c.weight }));
  for (const row of t.rows) {
    let col = 0;
    for (const c of row) {
      const span = typeof c === 'string' ? 1 : Math.max(1, c.span ?? 1);
      if (span === 1 && out[col]) {
        const { text, bold } = cellText(c);
        out[col]!.cells.push({ lines: text.split('\n'), bold });
      }
      col += span;
    }
  }
  return out;
}

/** Words a line may break between: only ordinary spaces (no-break spaces hold NIPs and dates). */
const tokens = (line: string) => line.split(/[ \t]+/).filter(Boolean);

const twipsOf = (pt: number) => Math.ceil(pt * SAFETY * 20);

interface Bounds {
  min: number[];
  cap: number[];
}

export function columnBounds(cols: ColumnText[], family: ReportFont, size: number): Bounds {
  const regular: TextFont = { family, size };
  const bold: TextFont = { family, size, bold: true };
  const min: number[] = [];
  const cap: number[] = [];
  for (const c of cols) {
    let lo = 0;
    let hi = 0;
    for (const w of tokens(c.header)) lo = Math.max(lo, measureText(w, bold));
    hi = Math.max(hi, measureText(c.header, bold));
    for (const cell of c.cells) {
      const font = cell.bold ? bold : regular;
      for (const line of cell.lines) {
        for (const w of tokens(line)) lo = Math.max(lo, measureText(w, font));
        hi = Math.max(hi, measureText(line.trim(), font));
      }
    }
    min.push(twipsOf(lo) + CELL_PADDING);
    cap.push(Math.max(twipsOf(lo), twipsOf(hi)) + CELL_PADDING);
  }
  return { min, cap };
}

/**
 * Widths between each column's minimum and its longest line, otherwise in proportion to the
 * weights: w_i = clamp(λ · weight_i, min_i, cap_i) with λ chosen so they fill `total`. Null when
 * the minimums alone are wider than `total`.
 */
export function solveWidths(min: number[], cap: number[], weights: number[], total: number): number[] | null {
  const n = min.length;
  if (n === 0) return [];
  if (min.reduce((a, b) => a + b, 0) > total) return null;
  const wt = weights.map((w) => (w > 0 ? w : 1));
  const sumCap = cap.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sumCap <= total) {
    // Everything fits on one line: the room left goes to the columns by weight.
    const spare = total - sumCap;
    const sw = wt.reduce((a, b) => a + b, 0);
    widths = cap.map((c, i) => c + (spare * wt[i]!) / sw);
  } else {
    const at = (l: number) => min.map((m, i) => Math.min(cap[i]!, Math.max(m, l * wt[i]!)));
    const sum = (l: number) => at(l).reduce((a, b) => a + b, 0);
    let lo = 0;
    let hi = total / Math.min(...wt);
    for (let k = 0; k < 60; k++) {
      const mid = (lo + hi) / 2;
      if (sum(mid) > total) hi = mid;
      else lo = mid;
    }
    widths = at(lo);
  }
  // Whole twips adding up exactly to the total; the rounding goes to the widest column.
  const out = widths.map((w) => Math.floor(w));
  const rest = total - out.reduce((a, b) => a + b, 0);
  const widest = out.indexOf(Math.max(...out));
  out[widest]! += rest;
  return out;
}

/** Lowers the largest minimums to one level so that all of them fit `total`; the others keep theirs. */
function breakLongTokens(min: number[], total: number): number[] {
  const target = total;
  if (min.reduce((a, b) => a + b, 0) <= target) return min;
  let lo = 0;
  let hi = Math.max(...min);
  for (let k = 0; k < 50; k++) {
    const mid = (lo + hi) / 2;
    if (min.reduce((a, m) => a + Math.min(m, mid), 0) > target) hi = mid;
    else lo = mid;
  }
  return min.map((m) => Math.min(m, Math.max(lo, CELL_PADDING + 200)));
}

/** Where and how big the table prints: the first of portrait, portrait at 10 pt, landscape, landscape at 10 pt that holds every token. */
/**
 * The author's weights, leaned towards the columns that hold the most text: a "Peran" column
 * full of sentences beside a "Sikap" column of single words gets the room (by the square root of
 * its average text length, so one long cell does not take everything).
 */
function contentWeights(cols: ColumnText[], family: ReportFont): number[] {
  const font: TextFont = { family, size: 10 };
  const volume = cols.map((c) =>
    c.cells.length ? c.cells.reduce((n, cell) => n + cell.lines.reduce((m, l) => m + measureText(l, font), 0), 0) / c.cells.length : 0,
  );
  const mean = volume.reduce((a, b) => a + b, 0) / (volume.length || 1) || 1;
  return cols.map((c, i) => c.weight * Math.min(2.5, Math.max(0.6, Math.sqrt(volume[i]! / mean))));
}

export function layoutTable(t: Pick<TableBlock, 'columns' | 'rows'>, pages: TablePages): TableLayout {
  const cols = columnTexts(t);
  const weights = contentWeights(cols, pages.family);
  const sizes = pages.sizePt > MIN_TABLE_PT ? [pages.sizePt, MIN_TABLE_PT] : [pages.sizePt];
  for (const landscape of [false, true]) {
    const total = landscape ? pages.landscape : pages.portrait;
    for (const size of sizes) {
      const b = columnBounds(cols, pages.family, size);
      const widths = solveWidths(b.min, b.cap, weights, total);
      if (widths) return { widths, sizePt: size, landscape, tokensBreak: false };
    }
  }
  // No page holds the longest tokens: they break, in portrait, at the smallest allowed size.
  const size = sizes[sizes.length - 1]!;
  const b = columnBounds(cols, pages.family, size);
  const min = breakLongTokens(b.min, pages.portrait);
  return {
    widths: solveWidths(
      min,
      b.cap.map((c, i) => Math.max(c, min[i]!)),
      weights,
      pages.portrait,
    )!,
    sizePt: size,
    landscape: false,
    tokensBreak: true,
  };
}
