/**
 * Outline tables → Word tables with explicit twip widths measured from their content (no
 * percentages: WPS and LibreOffice then lay them out as Word does), a fixed layout, header rows
 * that repeat on every page, and the caption above ("Tabel 1.1 …").
 */
import {
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
  AlignmentType,
  type FileChild,
  type ParagraphChild,
} from 'docx';
import type { AnchorNames } from './anchorNames';
import type { Align, Cell, TableBlock } from '../outline';
import type { TableLayout } from '../tableLayout';
import { captionParagraph } from './captions';
import { placeholderRun, plain, textRuns } from './runs';
import { STYLE } from './styles';

const HEADER_FILL = 'E4E9F0';
// Frozen: docx builds a cell's borders and margins once for all the cells given the same frozen options (the patch's
// builtOnceWhenFrozen), instead of again for each of the tables' thousands of cells.
const BORDER = Object.freeze({ style: BorderStyle.SINGLE, size: 4, color: '000000' });
const BORDERS = Object.freeze({ top: BORDER, bottom: BORDER, left: BORDER, right: BORDER });
const MARGINS = Object.freeze({ top: 30, bottom: 30, left: 70, right: 70 });

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  left: AlignmentType.LEFT,
  center: AlignmentType.CENTER,
  right: AlignmentType.RIGHT,
  justify: AlignmentType.JUSTIFIED,
};

/** Shares → whole twips that add up exactly to the text width. */
export function columnWidths(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0) || 1;
  const widths = weights.map((w) => Math.floor((total * w) / sum));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/** `lead` and `tail` go before and after the text: the row's bookmark markers, which take no room. */
function cellParagraphs(c: Cell, align: Align | undefined, style: string, bold = false, lead: ParagraphChild[] = [], tail: ParagraphChild[] = []): Paragraph[] {
  const spec = typeof c === 'string' ? { text: c } : c;
  const alignment = ALIGN[spec.align ?? align ?? 'left'];
  if (spec.missing) return [new Paragraph({ style, alignment, children: [...lead, placeholderRun(), ...tail] })];
  const runs = spec.runs ? textRuns(spec.runs, bold || spec.bold ? { bold: true } : {}) : plain(spec.text ?? '', bold || spec.bold ? { bold: true } : {});
  return [new Paragraph({ style, alignment, children: [...lead, ...runs, ...tail] })];
}

/** The table's type size picks its paragraph style: 11 pt (or the body size when smaller) or the 10 pt compact style. */
export const tableStyle = (sizePt: number, compactPt: number) => (sizePt <= compactPt ? STYLE.tableCompact : STYLE.table);

function span(c: Cell): number {
  return typeof c === 'string' ? 1 : Math.max(1, c.span ?? 1);
}

function textLength(row: Cell[]): number {
  return row.reduce<number>(
    (n, c) => n + (typeof c === 'string' ? c.length : (c.text ?? '').length + (c.runs ?? []).reduce((m, r) => m + r.text.length, 0)),
    0,
  );
}

function headerRows(t: TableBlock, widths: number[], style: string): TableRow[] {
  const head = (text: string, width: number, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
    new TableCell({
      children: cellParagraphs({ text, align: 'center' }, 'center', style, true),
      width: { size: width, type: WidthType.DXA },
      shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
      verticalAlign: VerticalAlign.CENTER,
      borders: BORDERS,
      margins: MARGINS,
      ...extra,
    });
  if (!t.groupHeader) return [new TableRow({ tableHeader: true, cantSplit: true, children: t.columns.map((c, i) => head(c.header, widths[i]!)) })];
  // Grouped columns: a named group spans its columns on the first row; an unnamed one lets its
  // columns' own headers span both rows.
  const first: TableCell[] = [];
  const second: TableCell[] = [];
  let col = 0;
  for (const g of t.groupHeader) {
    const cols = t.columns.slice(col, col + g.span);
    const w = widths.slice(col, col + g.span);
    if (g.text) {
      first.push(
        head(
          g.text,
          w.reduce((a, b) => a + b, 0),
          { columnSpan: g.span },
        ),
      );
      cols.forEach((c, i) => second.push(head(c.header, w[i]!)));
    } else {
      cols.forEach((c, i) => first.push(head(c.header, w[i]!, { rowSpan: 2 })));
    }
    col += g.span;
  }
  return [new TableRow({ tableHeader: true, cantSplit: true, children: first }), new TableRow({ tableHeader: true, cantSplit: true, children: second })];
}

export function renderTable(t: TableBlock, layout: TableLayout, compactPt: number, anchors?: AnchorNames): FileChild[] {
  const widths = layout.widths;
  const textWidth = widths.reduce((a, b) => a + b, 0);
  const style = tableStyle(layout.sizePt, compactPt);
  const rows = t.rows.map((row, r) => {
    const item = t.rowItems?.[r];
    const markers = item && anchors ? anchors.row(item) : null;
    let col = 0;
    const cells = row.map((c, i) => {
      const n = Math.min(span(c), t.columns.length - col);
      const width = widths.slice(col, col + n).reduce((a, b) => a + b, 0);
      const column = t.columns[col];
      col += n;
      const shade = typeof c === 'string' ? undefined : c.shade;
      return new TableCell({
        children: cellParagraphs(
          c,
          column?.align,
          style,
          false,
          markers && i === 0 ? [markers.start as unknown as ParagraphChild] : [],
          markers && i === row.length - 1 ? [markers.end as unknown as ParagraphChild] : [],
        ),
        width: { size: width, type: WidthType.DXA },
        ...(n > 1 ? { columnSpan: n } : {}),
        ...(shade ? { shading: { type: ShadingType.CLEAR, fill: shade, color: 'auto' } } : {}),
        borders: BORDERS,
        margins: MARGINS,
      });
    });
    // Short rows stay on one page; a long one may break rather than push a page of white space.
    return new TableRow({ children: cells, cantSplit: textLength(row) < 400 });
  });
  const table = new Table({
    rows: [...headerRows(t, widths, style), ...rows],
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
  });
  const out: FileChild[] = [];
  if (t.caption) out.push(captionParagraph(t.caption));
  out.push(table);
  out.push(new Paragraph({ style: STYLE.note, children: t.source ? plain(t.source) : [] }));
  return out;
}
