/**
 * An assessment template kept as a spreadsheet by the organiser, as rows of cells (read from the
 * XLSX by electron/core/assessment/templateWorkbook.ts), turned into the same object as the JSON
 * format and checked by the same rules. The layout (docs/assessment-template.md):
 *
 *   sheet "Komponen":  Kode (optional) | Komponen | Bobot | Uraian (optional)
 *   sheet "Predikat":  Predikat | Dari | Sampai
 *   sheet "Keterangan" (optional): Nama | …, Penerbit | …, Nilai terendah | …, Nilai tertinggi | …
 *
 * Headers are found on the first row that has them, by their first word, in Indonesian or English;
 * unnamed sheets are taken in order (first components, then grades). Weights kept as Excel
 * percentages (0.4 shown as 40%) are read as percent.
 */
import { fail } from '../errors';
import type { Result } from '../result';
import { ASSESSMENT_TEMPLATE_FORMAT, type AssessmentTemplate } from './template';
import { checkAssessmentTemplate } from './templateFile';

export type SheetCell = string | number | null;
export interface SheetRows {
  name: string;
  rows: SheetCell[][];
}

/** At most this many rows are looked at per sheet; a template has a few dozen. */
export const SHEET_ROWS_READ = 200;

const SHEETS = { components: ['komponen', 'component'], grades: ['predikat', 'grade', 'nilai akhir'], info: ['keterangan', 'info', 'identitas'] };
const COLUMNS = {
  id: ['kode', 'id', 'code'],
  name: ['komponen', 'nama', 'component', 'name', 'aspek', 'unsur'],
  weight: ['bobot', 'weight'],
  description: ['uraian', 'keterangan', 'deskripsi', 'description', 'indikator'],
  label: ['predikat', 'label', 'grade', 'sebutan'],
  min: ['dari', 'min', 'batas bawah', 'nilai terendah', 'nilai min', 'from'],
  max: ['sampai', 'max', 'maks', 'batas atas', 'nilai tertinggi', 'nilai maks', 'to', 'hingga'],
} as const;
type ColumnKey = keyof typeof COLUMNS;

const norm = (v: SheetCell) =>
  String(v ?? '')
    .trim()
    .toLocaleLowerCase('id');
const text = (v: SheetCell) => String(v ?? '').trim();
const matches = (cell: SheetCell, words: readonly string[]) => words.some((w) => norm(cell).startsWith(w));

/** "40", "40%", "69,99", 40 → a number; anything else stays as it was, for the schema to name. */
function numeric(v: SheetCell): unknown {
  if (typeof v === 'number') return v;
  const s = text(v).replace('%', '').replace(',', '.');
  return s !== '' && Number.isFinite(Number(s)) ? Number(s) : v;
}

function findSheet(sheets: readonly SheetRows[], words: readonly string[], position: number): SheetRows | undefined {
  return (
    sheets.find((s) => matches(s.name, words)) ??
    (sheets.every(
      (s) =>
        !Object.values(SHEETS)
          .flat()
          .some((w) => norm(s.name).startsWith(w)),
    )
      ? sheets[position]
      : undefined)
  );
}

/** The header row and where each wanted column is in it; the first column of a name wins. */
function header(sheet: SheetRows, wanted: readonly ColumnKey[]): { at: number; columns: Partial<Record<ColumnKey, number>> } | null {
  for (let r = 0; r < Math.min(sheet.rows.length, 10); r++) {
    const row = sheet.rows[r] ?? [];
    const columns: Partial<Record<ColumnKey, number>> = {};
    row.forEach((cell, c) => {
      for (const key of wanted) if (columns[key] === undefined && matches(cell, COLUMNS[key])) return void (columns[key] = c);
    });
    if (Object.keys(columns).length >= 2) return { at: r, columns };
  }
  return null;
}

function body(sheet: SheetRows, at: number): SheetCell[][] {
  return sheet.rows.slice(at + 1, at + 1 + SHEET_ROWS_READ).filter((row) => row.some((c) => text(c) !== ''));
}

export function templateFromSheets(sheets: readonly SheetRows[], fallbackName: string): Result<AssessmentTemplate> {
  const compSheet = findSheet(sheets, SHEETS.components, 0);
  if (!compSheet) return fail('TEMPLATE_SHEET_MISSING', { sheet: 'Komponen' });
  const gradeSheet = findSheet(sheets, SHEETS.grades, 1);
  if (!gradeSheet) return fail('TEMPLATE_SHEET_MISSING', { sheet: 'Predikat' });

  const ch = header(compSheet, ['id', 'name', 'weight', 'description']);
  for (const [key, column] of [
    ['name', 'Komponen'],
    ['weight', 'Bobot'],
  ] as const) {
    if (ch?.columns[key] === undefined) return fail('TEMPLATE_COLUMN_MISSING', { sheet: compSheet.name, column });
  }
  const gh = header(gradeSheet, ['label', 'min', 'max']);
  for (const [key, column] of [
    ['label', 'Predikat'],
    ['min', 'Dari'],
    ['max', 'Sampai'],
  ] as const) {
    if (gh?.columns[key] === undefined) return fail('TEMPLATE_COLUMN_MISSING', { sheet: gradeSheet.name, column });
  }
  const cell = (row: SheetCell[], at: number | undefined) => (at === undefined ? null : (row[at] ?? null));

  const compRows = body(compSheet, ch!.at);
  let weights = compRows.map((row) => numeric(cell(row, ch!.columns.weight)));
  // Kept as Excel percentages: 0.4 shown as "40%".
  const fractions = weights.every((w) => typeof w === 'number' && w <= 1);
  const sum = weights.reduce<number>((a, w) => a + (typeof w === 'number' ? w : 0), 0);
  if (weights.length && fractions && Math.abs(sum - 1) < 0.0001) weights = weights.map((w) => Math.round((w as number) * 10_000) / 100);
  const components = compRows.map((row, i) => {
    const code = text(cell(row, ch!.columns.id))
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .slice(0, 64);
    return {
      id: code.replace(/^-+|-+$/g, '') || `k${i + 1}`,
      name: text(cell(row, ch!.columns.name)),
      description: text(cell(row, ch!.columns.description)),
      weight: weights[i],
    };
  });
  const grades = body(gradeSheet, gh!.at).map((row) => ({
    label: text(cell(row, gh!.columns.label)),
    min: numeric(cell(row, gh!.columns.min)),
    max: numeric(cell(row, gh!.columns.max)),
  }));

  const info = sheets.find((s) => matches(s.name, SHEETS.info));
  const said = (words: readonly string[]) => info?.rows.find((row) => matches(row[0] ?? null, words))?.[1] ?? null;
  const scoreMin = said(['nilai terendah', 'skor terendah', 'lowest']);
  const scoreMax = said(['nilai tertinggi', 'skor tertinggi', 'highest']);
  return checkAssessmentTemplate({
    format: ASSESSMENT_TEMPLATE_FORMAT,
    name: text(said(['nama', 'judul', 'name', 'title'])) || fallbackName,
    issuer: text(said(['penerbit', 'penyelenggara', 'issuer'])),
    ...(scoreMin !== null ? { scoreMin: numeric(scoreMin) } : {}),
    ...(scoreMax !== null ? { scoreMax: numeric(scoreMax) } : {}),
    components,
    grades,
  });
}
