/**
 * Tables and pictures inside long texts. Both stand alone as a paragraph (text between blank lines):
 *
 *   Tabel: Jumlah pengaduan per bulan        ← optional caption line
 *   | Bulan | Jumlah |                       ← header row
 *   | --- | ---: |                           ← delimiter row (`:` sets the alignment)
 *   | Januari | 12 |
 *
 *   ![Alur layanan baru](gambar:att_x1y2)    ← a picture of the project, by attachment id
 *
 * They are read here by one linear scan each, never by the Markdown parser, so their cost is the
 * size of the text; the bounds (LIMITS.richText: rows, columns, cell and caption size) keep a table
 * printable, and a paragraph over them stays plain text. Cells are plain text: `\|` is a pipe.
 */
import { LIMITS } from '../model/limits';
import { ID_PATTERN } from '../model/fields';

export type CellAlign = 'left' | 'center' | 'right';

export interface TextTable {
  /** The "Tabel: …" line above the table, or null when none was written. */
  caption: string | null;
  header: string[];
  align: (CellAlign | null)[];
  rows: string[][];
}

export interface TextPicture {
  attachmentId: string;
  caption: string;
}

/** Accepted before the caption of a table (Indonesian first, as the report is). */
const CAPTION_PREFIX = /^\s*(?:tabel|table)\s*:\s?/i;
const DELIMITER_CELL = /^:?-{1,}:?$/;

/** The table a paragraph holds; 'over' when it is one but exceeds a bound; null when it is not a table. */
export function readTextTable(paragraph: string): TextTable | 'over' | null {
  const lines = paragraph.split('\n').map((l) => l.replace(/\r$/, ''));
  let caption: string | null = null;
  if (lines.length && CAPTION_PREFIX.test(lines[0]!) && !lines[0]!.trimStart().startsWith('|')) {
    caption = lines.shift()!.replace(CAPTION_PREFIX, '').trim();
  }
  if (lines.length < 2 || !lines.every((l) => l.trimStart().startsWith('|'))) return null;
  const delimiter = splitRow(lines[1]!);
  if (!delimiter.length || !delimiter.every((c) => DELIMITER_CELL.test(c))) return null;
  const header = splitRow(lines[0]!);
  const width = header.length;
  const limits = LIMITS.richText;
  const body = lines.slice(2).map((l) => fitRow(splitRow(l), width));
  if (
    width > limits.tableColumns ||
    body.length > limits.tableRows ||
    (caption !== null && caption.length > limits.captionChars) ||
    [header, ...body].some((r) => r.some((c) => c.length > limits.cellChars))
  )
    return 'over';
  const align = fitRow(delimiter, width).map((d): CellAlign | null =>
    d.startsWith(':') && d.endsWith(':') ? 'center' : d.endsWith(':') ? 'right' : d.startsWith(':') ? 'left' : null,
  );
  return { caption: caption || null, header, align, rows: body };
}

/** Cells of one `| a | b |` line: outer pipes optional, `\|` kept as a pipe, each cell trimmed. */
function splitRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === '\\' && s[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (ch === '|') {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/** A row to the header's width: short rows padded, the surplus of long rows kept in the last cell (nothing typed is lost). */
function fitRow(cells: string[], width: number): string[] {
  if (cells.length === width) return cells;
  if (cells.length < width) return [...cells, ...Array<string>(width - cells.length).fill('')];
  return [...cells.slice(0, width - 1), cells.slice(width - 1).join(' | ')];
}

const PICTURE = /^!\[((?:[^\]\\]|\\.)*)\]\(gambar:([^)\s]+)\)$/;

/** The picture a paragraph holds (one line, `![caption](gambar:id)`), or null. */
export function readTextPicture(paragraph: string): TextPicture | null {
  const line = paragraph.trim();
  if (line.length > LIMITS.richText.captionChars + 100 || line.includes('\n')) return null;
  const m = PICTURE.exec(line);
  if (!m || !ID_PATTERN.test(m[2]!)) return null;
  return { attachmentId: m[2]!, caption: m[1]!.replace(/\\(.)/g, '$1').trim() };
}

/** One cell as table source: pipes escaped, line breaks and tabs as spaces, cut to the cell bound. */
const cellSource = (text: string) =>
  text
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim()
    .slice(0, LIMITS.richText.cellChars)
    .replace(/\|/g, '\\|');

/**
 * A grid of cells written as a pipe table, the first row as header; cut to the bounds (columns,
 * rows, cell size) so what is written always reads back as a table. `cut` says whether anything was left out.
 */
export function tableSource(grid: string[][], caption: string): { source: string; cut: boolean } {
  const limits = LIMITS.richText;
  const width = Math.min(limits.tableColumns, Math.max(1, ...grid.map((r) => r.length)));
  const rows = grid.slice(0, limits.tableRows + 1);
  const cut =
    grid.length > rows.length ||
    grid.some((r) => r.length > width) ||
    grid.some((r) => r.some((c) => c.replace(/[\r\n\t]+/g, ' ').trim().length > limits.cellChars));
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => cellSource(r[i] ?? '')).join(' | ')} |`;
  const head = rows[0] ?? [];
  const title = caption
    .replace(/[\r\n]+/g, ' ')
    .trim()
    .slice(0, limits.captionChars);
  return {
    source: [`Tabel: ${title}`, line(head), `| ${Array<string>(width).fill('---').join(' | ')} |`, ...rows.slice(1).map(line)].join('\n'),
    cut,
  };
}

/** The source of a picture in a long text. */
export function pictureSource(attachmentId: string, caption: string): string {
  const text = caption
    .replace(/[\r\n]+/g, ' ')
    .trim()
    .slice(0, LIMITS.richText.captionChars)
    .replace(/[\\\]]/g, '\\$&');
  return `![${text}](gambar:${attachmentId})`;
}
