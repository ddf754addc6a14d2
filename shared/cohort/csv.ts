/**
 * CSV of a table, safe to open in Excel or LibreOffice: RFC 4180 quoting (commas, quotes, line
 * breaks), and formula injection neutralised — a participant's title that starts with "=", "+",
 * "-", "@" or a tab would otherwise run as a formula on the organiser's computer, so such a cell
 * gets a leading apostrophe. Numbers are written as numbers.
 */
import type { Column } from './columns';

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n;']/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** UTF-8 with a BOM, so Excel on Windows reads the Indonesian text right; CRLF line ends. */
export function toCsv<R>(columns: readonly Column<R>[], rows: readonly R[]): string {
  const lines = [columns.map((c) => csvCell(c.header)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
