/**
 * The organiser's template kept as an Excel workbook, made here with exceljs as Excel saves it and
 * loaded through the real services from a temp file: sheets Komponen and Predikat (weights as
 * Excel percentages too), refused with the same codes as the JSON format when a rule fails, a
 * column or sheet missing named, a zip bomb refused before exceljs unpacks anything.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { failText } from '../../../shared/errors';
import type { Fail } from '../../../shared/result';
import { servicesIn, tempDir } from '../helpers';

type Row = (string | number)[];

async function workbook(sheets: Record<string, Row[]>, percent = false): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = book.addWorksheet(name);
    rows.forEach((r) => ws.addRow(r));
    if (percent && name === 'Komponen') ws.getColumn(3).numFmt = '0%';
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const components: Row[] = [
  ['LEMBAR PENILAIAN SEMINAR LAPORAN'],
  ['Kode', 'Komponen', 'Bobot (%)', 'Uraian'],
  ['A.1', 'Kualitas substansi laporan', 40, 'Isu, gagasan dan capaian'],
  ['A.2', 'Dampak bagi unit kerja', 30, ''],
  ['B', 'Kemampuan memaparkan', 30, ''],
];
const grades: Row[] = [
  ['Predikat', 'Dari', 'Sampai'],
  ['Belum Layak', 0, '69,99'],
  ['Layak', 70, 84.99],
  ['Layak dengan Pujian', 85, 100],
];
const info: Row[] = [
  ['Nama', 'Lembar Penilaian Seminar Laporan PKA Angkatan IV'],
  ['Penerbit', 'BPSDM Provinsi Jambi'],
];

async function load(bytes: Buffer, name = 'format-penilaian.xlsx') {
  const dir = await tempDir('rancang-template-xlsx-');
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  const { services, dialogs } = await servicesIn(dir);
  dialogs.answer(file);
  return { r: await services.loadAssessmentTemplate(), services };
}

const refused = (r: { ok: boolean }) => {
  expect(r.ok).toBe(false);
  return r as Fail;
};

describe('an assessment template kept as an Excel workbook', () => {
  it('reads components, weights, grades and the name from the sheets, and keeps the template', async () => {
    const { r, services } = await load(await workbook({ Komponen: components, Predikat: grades, Keterangan: info }));
    if (!r.ok || !r.value) throw new Error(r.ok ? 'cancelled' : r.message);
    const t = r.value.template;
    expect(t.name).toBe('Lembar Penilaian Seminar Laporan PKA Angkatan IV');
    expect(t.issuer).toBe('BPSDM Provinsi Jambi');
    expect(t.example).toBe(false);
    expect(t.components).toEqual([
      { id: 'A-1', name: 'Kualitas substansi laporan', description: 'Isu, gagasan dan capaian', weight: 40 },
      { id: 'A-2', name: 'Dampak bagi unit kerja', description: '', weight: 30 },
      { id: 'B', name: 'Kemampuan memaparkan', description: '', weight: 30 },
    ]);
    expect(t.grades.map((g) => [g.label, g.min, g.max])).toEqual([
      ['Belum Layak', 0, 69.99],
      ['Layak', 70, 84.99],
      ['Layak dengan Pujian', 85, 100],
    ]);
    const kept = await services.getAssessmentTemplate();
    expect(kept.ok && kept.value?.components.length).toBe(3);
  });

  it('reads weights kept as Excel percentages, and names the template after the file when no sheet does', async () => {
    const asFractions = components.map((row, i) => (i >= 2 ? [row[0]!, row[1]!, (row[2] as number) / 100] : row));
    const { r } = await load(await workbook({ Komponen: asFractions, Predikat: grades }, true), 'Penilaian BPSDM.xlsx');
    if (!r.ok || !r.value) throw new Error(r.ok ? 'cancelled' : r.message);
    expect(r.value.template.components.map((c) => c.weight)).toEqual([40, 30, 30]);
    expect(r.value.template.name).toBe('Penilaian BPSDM');
  });

  it('refuses weights adding up to 99 and a gap between grades with the same codes as the JSON format', async () => {
    const ninetyNine = components.map((row, i) => (i === 4 ? [row[0]!, row[1]!, 29] : row));
    const f = refused((await load(await workbook({ Komponen: ninetyNine, Predikat: grades }))).r);
    expect(f.code).toBe('TEMPLATE_WEIGHTS');
    expect(f.params).toEqual({ sum: 99 });
    const gap = grades.map((row, i) => (i === 2 ? ['Layak', 75, 84.99] : row));
    const g = refused((await load(await workbook({ Komponen: components, Predikat: gap }))).r);
    expect(g.code).toBe('TEMPLATE_GRADE_GAP');
    expect(g.params).toEqual({ lower: 'Belum Layak', upper: 'Layak', max: 69.99, min: 75 });
  });

  it('names a missing sheet or column', async () => {
    const noWeight = components.map((row) => row.slice(0, 2));
    const f = refused((await load(await workbook({ Komponen: noWeight, Predikat: grades }))).r);
    expect(f.code).toBe('TEMPLATE_COLUMN_MISSING');
    expect(f.message).toBe('Format penilaian ditolak: lembar “Komponen” tidak punya kolom “Bobot” di baris judulnya.');
    expect(failText(f, 'en')).toBe('Assessment format refused: the “Komponen” sheet has no “Bobot” column in its header row.');
    const s = refused((await load(await workbook({ Komponen: components, Catatan: grades }))).r);
    expect(s.code).toBe('TEMPLATE_SHEET_MISSING');
    expect(s.params).toEqual({ sheet: 'Predikat' });
  });

  it('refuses a zip bomb before unpacking, a huge file by its size, and text named .xlsx', async () => {
    const bomb = Buffer.from(zipSync({ 'xl/workbook.xml': new Uint8Array(64 * 1024 * 1024) }, { level: 9 }));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const f = refused((await load(bomb)).r);
    expect(f.code).toBe('TEMPLATE_WORKBOOK_UNSAFE');
    expect(refused((await load(Buffer.alloc(1024 * 1024 + 1, 0x41))).r).code).toBe('TOO_LARGE');
    expect(refused((await load(Buffer.from('Komponen;Bobot\n'))).r).code).toBe('NOT_ASSESSMENT_TEMPLATE');
  });
});
