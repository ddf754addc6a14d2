/**
 * Table data pasted into a long text, from Excel, LibreOffice Calc, Word, Writer or a browser,
 * turned into a grid of plain-text cells (then written as a pipe table by textTable.ts).
 *
 * The clipboard is hostile input: only the text of the cells of the first table survives. Scripts,
 * styles, comments and everything outside that table are dropped with their content; a table
 * nested in a cell is dropped whole; pictures (<img>, remote or not) and links keep nothing but
 * their cell's text. Nothing is fetched, parsed by a browser engine or executed: this is a linear
 * scan of the markup as a string, bounded in size.
 */

/** Markup scanned at most (a 1,000-row Excel selection is about 1 MB of HTML). */
export const PASTE_HTML_MAX = 4_000_000;
/** Plain text scanned at most for tab-separated data. */
export const PASTE_TEXT_MAX = 1_000_000;

/** The grid a paste holds: HTML table data first, else tab-separated text; null when it is no table. */
export function pastedGrid(html: string, text: string): string[][] | null {
  const fromHtml = html && html.length <= PASTE_HTML_MAX ? htmlTableGrid(html) : null;
  if (fromHtml) return fromHtml;
  return text && text.length <= PASTE_TEXT_MAX ? tsvGrid(text) : null;
}

/** Elements whose content is never text of the page. */
const DROPPED = new Set(['script', 'style', 'head', 'title', 'xml', 'template', 'noscript', 'iframe', 'object', 'svg', 'math', 'select', 'textarea']);
/** Elements that separate words inside a cell. */
const SPACING = new Set(['br', 'p', 'div', 'li', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * One tag, comment or declaration. No part may run past a `<` (nor a comment or CDATA past its
 * end, which it then consumes): a failed attempt stops at the next `<`, so hostile markup with
 * many unclosed tags or quotes is scanned in linear time, not once per `<`.
 */
const TAG = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^<>]*>|<\?[^<>]*>|<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^<>"']|"[^<"]*"|'[^<']*')*)>/g;

/** The cells of the first table in the markup; null when it has none with at least two cells. */
export function htmlTableGrid(html: string): string[][] | null {
  const rows: string[][] = [];
  let row: string[] | null = null;
  let cell: string | null = null;
  let tableDepth = 0;
  let done = false;
  /** Inside an element whose content is dropped (script, style …): its name and nesting. */
  let dropped: { name: string; depth: number } | null = null;
  let last = 0;

  const text = (raw: string) => {
    if (dropped || tableDepth !== 1 || cell === null) return;
    cell += decodeEntities(raw);
  };

  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m && !done; m = TAG.exec(html)) {
    text(html.slice(last, m.index));
    last = TAG.lastIndex;
    const name = m[2]?.toLowerCase();
    if (!name) continue; // comment, doctype, CDATA, processing instruction
    const closing = m[1] === '/';
    const selfClosing = /\/\s*$/.test(m[3] ?? '');
    if (dropped) {
      if (name === dropped.name) dropped.depth += closing ? -1 : selfClosing ? 0 : 1;
      if (dropped.depth === 0) dropped = null;
      continue;
    }
    if (DROPPED.has(name) && !closing && !selfClosing) {
      dropped = { name, depth: 1 };
      continue;
    }
    if (name === 'table') {
      if (!closing) tableDepth++;
      else if (--tableDepth === 0) done = true;
      continue;
    }
    if (tableDepth !== 1) continue; // outside the table, or inside a nested one
    if (name === 'tr') {
      if (cell !== null) row?.push(cell);
      cell = null;
      if (row) rows.push(row);
      row = closing ? null : [];
    } else if (name === 'td' || name === 'th') {
      if (cell !== null) row?.push(cell);
      cell = null;
      if (!closing) {
        row ??= [];
        // A cell spanning columns keeps the columns after it in place.
        const span = Math.min(50, Math.max(1, Number(/\bcolspan\s*=\s*["']?(\d+)/i.exec(m[3] ?? '')?.[1] ?? 1)));
        for (let i = 1; i < span; i++) row.push('');
        cell = '';
      }
    } else if (SPACING.has(name) && cell !== null) cell += ' ';
  }
  if (!done) text(html.slice(last));
  if (cell !== null) row?.push(cell);
  if (row) rows.push(row);
  return tidy(rows.map((r) => r.map(clean)));
}

/**
 * Tab-separated text as Excel and Calc put it on the clipboard: rows by line, cells by tab, a cell
 * holding a line break or tab quoted ("…", with "" for a quote). Null unless it has at least two
 * rows of the same number of cells, at least two (a stray tab in typed text is not a table).
 */
export function tsvGrid(text: string): string[][] | null {
  if (!text.includes('\t')) return null;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  const s = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  while (i <= s.length) {
    let value = '';
    if (s[i] === '"') {
      // Quoted cell: up to the quote followed by a tab, a line end or the end.
      let k = i + 1;
      let closed = false;
      while (k < s.length) {
        if (s[k] === '"') {
          if (s[k + 1] === '"') {
            value += '"';
            k += 2;
            continue;
          }
          closed = true;
          k++;
          break;
        }
        value += s[k++];
      }
      if (!closed || (k < s.length && s[k] !== '\t' && s[k] !== '\n')) {
        // Not a quoted cell after all: take the raw text up to the next separator.
        const end = nextSeparator(s, i);
        value = s.slice(i, end);
        k = end;
      }
      i = k;
    } else {
      const end = nextSeparator(s, i);
      value = s.slice(i, end);
      i = end;
    }
    row.push(value);
    if (i >= s.length || s[i] === '\n') {
      rows.push(row);
      row = [];
    }
    i++;
  }
  // Spreadsheets put the same number of cells on every line; typed text with a stray tab does not.
  if (rows.length < 2 || rows.some((r) => r.length !== rows[0]!.length) || rows[0]!.length < 2) return null;
  return tidy(rows.map((r) => r.map(clean)));
}

function nextSeparator(s: string, from: number): number {
  for (let k = from; k < s.length; k++) if (s[k] === '\t' || s[k] === '\n') return k;
  return s.length;
}

/** Whitespace of a cell as single spaces; invisible control characters dropped. */
const clean = (c: string) =>
  c

    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g, '')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();

/** Empty rows and empty trailing columns dropped; rows padded to one width; null when under 2 cells. */
function tidy(rows: string[][]): string[][] | null {
  const kept = rows.filter((r) => r.some((c) => c !== ''));
  let width = 0;
  for (const r of kept) for (let i = r.length - 1; i >= 0; i--) if (r[i] !== '') width = Math.max(width, i + 1);
  if (!kept.length || kept.length * width < 2 || (kept.length < 2 && width < 2)) return null;
  return kept.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  laquo: '«',
  raquo: '»',
};

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (all, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : '';
    }
    return NAMED[e.toLowerCase()] ?? all;
  });
}
