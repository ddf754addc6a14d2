/**
 * Native slide tables from the report's own tables (shared/report/tables): the same rows, totals
 * and labels, with the columns a slide can hold, measured row by row and split over as many
 * slides as they need, the header repeated. A single row taller than a slide is cut with "…".
 */
import { wrapText } from '../charts/textMetrics';
import type { Align, Cell, TableBlock } from '../report/outline';
import { MISSING } from '../report/terms';
import { CELL_INSET_IN, PT_PER_IN, type Box } from './geometry';
import { LINE, slideText, wrapLines } from './textFit';

export interface SlideCell {
  text: string;
  bold?: boolean;
  align?: Align;
  span?: number;
  /** Prints the "[belum diisi]" placeholder, in italics. */
  missing?: boolean;
}

export interface SlideColumn {
  header: string;
  /** Share of the table's width. */
  weight: number;
  align?: Align;
}

export interface SlideTableSource {
  columns: SlideColumn[];
  rows: SlideCell[][];
  /** "Keterangan: …" line, kept for the speaker notes. */
  source?: string;
}

/** One slide's part of a table, measured. */
export interface TablePage {
  columns: SlideColumn[];
  /** Column widths in inches. */
  widths: number[];
  rows: SlideCell[][];
  headerHeight: number;
  rowHeights: number[];
  size: number;
  cut: boolean;
}

function slideCell(c: Cell): SlideCell {
  if (typeof c === 'string') return { text: c };
  const text = c.missing ? MISSING : c.runs ? c.runs.map((r) => r.text).join('') : (c.text ?? '');
  return {
    text,
    ...(c.bold ? { bold: true } : {}),
    ...(c.align ? { align: c.align } : {}),
    ...(c.span ? { span: c.span } : {}),
    ...(c.missing ? { missing: true } : {}),
  };
}

/**
 * A report table as a slide table, keeping only the columns named in `pick` (in that order).
 * Rows with merged cells keep all their columns: pick is only used on tables without spans.
 */
export function fromReportTable(t: TableBlock, pick?: string[]): SlideTableSource {
  const spans = t.rows.some((r) => r.some((c) => typeof c !== 'string' && (c.span ?? 1) > 1));
  const index = pick && !spans ? pick.map((h) => t.columns.findIndex((c) => c.header === h)).filter((i) => i >= 0) : t.columns.map((_, i) => i);
  return {
    columns: index.map((i) => ({ header: t.columns[i]!.header, weight: t.columns[i]!.weight, ...(t.columns[i]!.align ? { align: t.columns[i]!.align } : {}) })),
    rows: t.rows.map((r) => (pick && !spans ? index.map((i) => slideCell(r[i] ?? '')) : r.map(slideCell))),
    ...(t.source ? { source: t.source } : {}),
  };
}

const insetPt = CELL_INSET_IN * PT_PER_IN;

/** Widths (inches) of each cell of a row, merged cells taking their columns together. */
function cellWidths(row: SlideCell[], widths: number[]): number[] {
  const out: number[] = [];
  let col = 0;
  for (const c of row) {
    const span = Math.max(1, c.span ?? 1);
    out.push(widths.slice(col, col + span).reduce((a, b) => a + b, 0));
    col += span;
  }
  return out;
}

export function cellHeightIn(c: SlideCell, widthIn: number, size: number, bold = false): number {
  const lines = wrapLines(c.text, widthIn * PT_PER_IN - 2 * insetPt, size, bold || c.bold).length;
  return (lines * size * LINE + 2 * insetPt) / PT_PER_IN;
}

function rowHeightIn(row: SlideCell[], widths: number[], size: number, bold = false): number {
  const w = cellWidths(row, widths);
  return Math.max(...row.map((c, i) => cellHeightIn(c, w[i]!, size, bold)), (size * LINE + 2 * insetPt) / PT_PER_IN);
}

/** A row cut so it fits `heightIn`: every cell keeps the lines that fit, the last ending in "…". */
function cutRow(row: SlideCell[], widths: number[], size: number, heightIn: number): SlideCell[] {
  const lines = Math.max(1, Math.floor((heightIn * PT_PER_IN - 2 * insetPt) / (size * LINE)));
  const w = cellWidths(row, widths);
  return row.map((c, i) => {
    const text = wrapText(slideText(c.text), (w[i]! * PT_PER_IN - 2 * insetPt) * 0.96, { size, bold: c.bold }, lines).join(' ');
    return { ...c, text };
  });
}

export interface TableSizes {
  max: number;
  min: number;
  /** Size used when the table needs several slides anyway. */
  paged: number;
}

const TABLE_SIZES: TableSizes = { max: 16, min: 11, paged: 12 };

/** The table laid out in `box`: one slide at the largest size that fits, else pages at `paged` size. */
export function layoutTable(t: SlideTableSource, box: Box, sizes: TableSizes = TABLE_SIZES): TablePage[] {
  const total = t.columns.reduce((a, c) => a + c.weight, 0) || 1;
  const widths = t.columns.map((c) => (box.w * c.weight) / total);
  const header = t.columns.map((c): SlideCell => ({ text: c.header, bold: true }));
  const page = (rows: SlideCell[][], size: number, cut: boolean): TablePage => ({
    columns: t.columns,
    widths,
    rows,
    size,
    cut,
    headerHeight: rowHeightIn(header, widths, size, true),
    rowHeights: rows.map((r) => rowHeightIn(r, widths, size)),
  });
  for (let size = sizes.max; size >= sizes.min; size--) {
    const p = page(t.rows, size, false);
    if (p.headerHeight + p.rowHeights.reduce((a, b) => a + b, 0) <= box.h) return [p];
  }
  const size = sizes.paged;
  const headerHeight = rowHeightIn(header, widths, size, true);
  const room = box.h - headerHeight;
  const pages: TablePage[] = [];
  let rows: SlideCell[][] = [];
  let used = 0;
  let cut = false;
  const flush = () => {
    if (rows.length) pages.push(page(rows, size, cut));
    rows = [];
    used = 0;
    cut = false;
  };
  for (const original of t.rows) {
    let row = original;
    let h = rowHeightIn(row, widths, size);
    if (h > room) {
      row = cutRow(row, widths, size, room);
      h = rowHeightIn(row, widths, size);
    }
    if (used + h > room) flush();
    if (row !== original) cut = true;
    rows.push(row);
    used += h;
  }
  flush();
  return pages;
}
