/**
 * The cohort table as an XLSX workbook (exceljs): "Peserta" (one row per project), "Milestone"
 * (every milestone across projects) and "Berkas bermasalah" (files that could not be read, with
 * the reason). Numbers, rupiah and dates are real cells, so organisers can sum and sort them;
 * text is always written as text (exceljs writes a formula only when asked), so a hostile title
 * cannot run as a formula.
 */
import ExcelJS from 'exceljs';
import type { Column } from '../../../shared/cohort/columns';
import type { CohortRow } from '../../../shared/cohort/summary';
import { COHORT_COLUMNS, MILESTONE_COLUMNS, PROFILE_COLUMNS } from '../../../shared/cohort/columns';
import type { CohortEntry, CohortMember } from './read';

const MONEY_FORMAT = '"Rp"#,##0';
const DATE_FORMAT = 'dd/mm/yyyy';

export async function cohortWorkbook(entries: readonly CohortEntry[]): Promise<Uint8Array> {
  const members = entries.filter((e): e is CohortMember => e.ok);
  const book = new ExcelJS.Workbook();
  book.creator = 'Rancang Perubahan';
  book.created = new Date(0);
  const memberColumns: Column<CohortRow & WithFile>[] = [...COHORT_COLUMNS, fileColumn, duplicateColumn];
  addSheet(
    book,
    'Peserta',
    memberColumns,
    members.map((m) => ({ ...m.row, file: m.file, duplicateOf: m.duplicateOf })),
  );
  addSheet(
    book,
    'Milestone',
    MILESTONE_COLUMNS,
    members.flatMap((m) => m.milestones),
  );
  // One profile per innovation: a copy sent twice is the same innovation.
  addSheet(
    book,
    'Profil inovasi',
    PROFILE_COLUMNS,
    members.filter((m) => m.duplicateOf === null).map((m) => m.profile),
  );
  const failures = entries.filter((e) => !e.ok);
  addSheet(
    book,
    'Berkas bermasalah',
    FAILURE_COLUMNS,
    failures.map((f) => ({ file: f.file, message: f.ok ? '' : f.message })),
  );
  return new Uint8Array(await book.xlsx.writeBuffer());
}

type WithFile = { file: string; duplicateOf: string | null };
const fileColumn: Column<WithFile> = { key: 'file', header: 'Berkas', kind: 'text', width: 40, value: (r) => r.file };
const duplicateColumn: Column<WithFile> = { key: 'duplicate', header: 'Duplikat dari', kind: 'text', width: 30, value: (r) => r.duplicateOf ?? '' };
const FAILURE_COLUMNS: Column<{ file: string; message: string }>[] = [
  { key: 'file', header: 'Berkas', kind: 'text', width: 40, value: (r) => r.file },
  { key: 'message', header: 'Alasan', kind: 'text', width: 90, value: (r) => r.message },
];

function addSheet<R>(book: ExcelJS.Workbook, name: string, columns: readonly Column<R>[], rows: readonly R[]): void {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  const wrap = columns.map((c) => c.kind === 'text' && c.width >= 40);
  for (const row of rows) {
    const values: Record<string, ExcelJS.CellValue> = {};
    for (const c of columns) values[c.key] = cellValue(c, row);
    const added = sheet.addRow(values);
    columns.forEach((c, i) => {
      const cell = added.getCell(i + 1);
      if (c.kind === 'money') cell.numFmt = MONEY_FORMAT;
      if (c.kind === 'date') cell.numFmt = DATE_FORMAT;
      if (wrap[i]) cell.alignment = { wrapText: true, vertical: 'top' };
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
}

function cellValue<R>(c: Column<R>, row: R): ExcelJS.CellValue {
  const v = c.value(row);
  if (v === null) return null;
  if (c.kind === 'date' && typeof v === 'string') return new Date(`${v}T00:00:00Z`);
  // Strings stay strings: an "=…" title is text in the cell, never a formula.
  return v;
}
