/**
 * An organiser's template kept as an XLSX workbook, read with exceljs (already used for the cohort
 * table) only after the zip has passed the same checks as a returned DOCX (entry count, declared
 * sizes and compression ratio: electron/core/review/docxPackage.ts) and a tighter cap on what it
 * unpacks to, since exceljs inflates the whole package in memory. The cells become rows of text
 * and numbers for shared/assessment/templateSheet.ts; formulas count by their cached result only.
 */
import ExcelJS from 'exceljs';
import type { AssessmentTemplate } from '../../../shared/assessment/template';
import { SHEET_ROWS_READ, templateFromSheets, type SheetCell, type SheetRows } from '../../../shared/assessment/templateSheet';
import { fail } from '../../../shared/errors';
import type { Result } from '../../../shared/result';
import { DocxRefused, openDocxPackage } from '../review/docxPackage';

export const TEMPLATE_WORKBOOK_LIMITS = {
  /** The file itself: a template workbook is some kilobytes. */
  fileBytes: 1024 * 1024,
  /** What its parts unpack to, together. */
  unpackedBytes: 16 * 1024 * 1024,
  sheets: 20,
  columns: 20,
} as const;

/** A cell's value as text or number: rich text joined, a formula by its cached result, anything else as text. */
function plain(v: ExcelJS.CellValue): SheetCell {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('result' in v) return plain(v.result ?? null);
  if ('text' in v && typeof v.text === 'string') return v.text;
  return null;
}

export async function readTemplateWorkbook(bytes: Uint8Array, fallbackName: string): Promise<Result<AssessmentTemplate>> {
  try {
    const pkg = openDocxPackage(bytes);
    if (pkg.unpackedBytes > TEMPLATE_WORKBOOK_LIMITS.unpackedBytes) throw new DocxRefused('TOTAL_TOO_LARGE', String(pkg.unpackedBytes));
    if (!pkg.names.includes('xl/workbook.xml')) return fail('NOT_ASSESSMENT_TEMPLATE');
  } catch (e) {
    if (e instanceof DocxRefused) return e.reason === 'NOT_ZIP' ? fail('NOT_ASSESSMENT_TEMPLATE') : fail('TEMPLATE_WORKBOOK_UNSAFE', { detail: e.message });
    throw e;
  }
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (e) {
    return fail('TEMPLATE_WORKBOOK_UNREADABLE', { detail: e instanceof Error ? e.message.slice(0, 200) : 'xlsx' });
  }
  const sheets: SheetRows[] = book.worksheets.slice(0, TEMPLATE_WORKBOOK_LIMITS.sheets).map((ws) => {
    const rows: SheetCell[][] = [];
    const last = Math.min(ws.rowCount, SHEET_ROWS_READ + 10);
    for (let r = 1; r <= last; r++) {
      const row = ws.getRow(r);
      const cells: SheetCell[] = [];
      for (let c = 1; c <= TEMPLATE_WORKBOOK_LIMITS.columns; c++) cells.push(plain(row.getCell(c).value));
      rows.push(cells);
    }
    return { name: ws.name, rows };
  });
  return templateFromSheets(sheets, fallbackName);
}
