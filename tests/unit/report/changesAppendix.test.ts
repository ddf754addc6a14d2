/**
 * The laporan's appendix "Perubahan setelah seminar rancangan" (issue 15): off by default; on, it
 * compares the chosen frozen version with the laporan per section, in words, with the totals that
 * moved — in the outline (which the reading view and the PDF print) and in the DOCX, read back
 * from its XML and, where LibreOffice is installed, from the PDF it converts to.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reportBytes } from '../../../electron/core/report/exporter';
import { measureFontsFrom } from '../../../electron/core/report/measureFonts';
import { createRasterizer } from '../../../electron/core/report/rasterize';
import { appendixVersion } from '../../../shared/model/appendixVersion';
import type { Project } from '../../../shared/model/types';
import type { VersionInfo } from '../../../shared/model/versions';
import { buildOutline } from '../../../shared/report/buildOutline';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/report/context';
import type { Block, ReportOutline, TableBlock } from '../../../shared/report/outline';
import type { ChangesBaseline } from '../../../shared/report/tables/changes';
import { sipantau } from '../domain/sipantau';
import { tempDir } from '../helpers';
import { canConvert, convertToPdf, pdfPages } from './pdfPages';
import { FONTS, parts, realised, textOf } from './support';

const TITLE = 'Perubahan setelah Seminar Rancangan';

/** The rancangan as frozen at the first seminar, and the laporan after revising it. */
function pair(): { before: Project; after: Project } {
  const before = sipantau();
  const after = structuredClone(realised(before));
  after.documentSettings.changesAppendix = true;
  after.title = `${before.title} (perbaikan)`;
  after.narrative.latarBelakang = `${before.narrative.latarBelakang}\n\nParagraf tambahan sesudah seminar.`;
  const moved = after.milestones.find((m) => m.horizon === 'PENDEK')!;
  moved.end = '2022-06-30';
  after.budgetLines.shift();
  after.budgetLines.push({ id: 'bl-baru', item: 'Cetak spanduk sosialisasi', volume: 3, unit: 'buah', unitCost: 250_000, source: null, sourceDetail: '' });
  return { before, after };
}

const baselineOf = (project: Project): ChangesBaseline => ({ name: 'Rancangan — seminar 14 Maret 2022', frozenAt: '2022-03-14T03:00:00.000Z', project });

function appendix(outline: ReportOutline): Block[] | null {
  const lamp = outline.chapters.find((c) => c.title === 'LAMPIRAN');
  const blocks = lamp?.blocks ?? [];
  const at = blocks.findIndex((b) => b.kind === 'heading' && b.text.endsWith(TITLE));
  if (at < 0) return null;
  const next = blocks.findIndex((b, i) => i > at && b.kind === 'heading' && b.level === 2);
  return blocks.slice(at, next < 0 ? undefined : next);
}

const cellText = (c: TableBlock['rows'][number][number]) => (typeof c === 'string' ? c : (c.text ?? (c.runs ?? []).map((r) => r.text).join('')));
const rowsOf = (t: TableBlock) => t.rows.map((r) => r.map(cellText));
const paraText = (b: Block) => (b.kind === 'paragraph' ? b.runs.map((r) => (typeof r === 'string' ? r : r.text)).join('') : '');

describe('changes appendix in the outline', () => {
  it('is left out by default, in the rancangan, and without a version to compare with', () => {
    const { before, after } = pair();
    expect(
      appendix(
        buildOutline(
          { ...after, documentSettings: { ...after.documentSettings, changesAppendix: false } },
          'laporan',
          DEFAULT_EXPORT_OPTIONS,
          baselineOf(before),
        ).outline,
      ),
    ).toBeNull();
    expect(appendix(buildOutline(after, 'rancangan', DEFAULT_EXPORT_OPTIONS, baselineOf(before)).outline)).toBeNull();
    expect(appendix(buildOutline(after, 'laporan', DEFAULT_EXPORT_OPTIONS).outline)).toBeNull();
    expect(sipantau().documentSettings.changesAppendix).toBe(false);
  });

  it('says per section what was added, removed, changed and moved, the texts in words, and the totals that moved', () => {
    const { before, after } = pair();
    const blocks = appendix(buildOutline(after, 'laporan', DEFAULT_EXPORT_OPTIONS, baselineOf(before)).outline)!;
    expect(blocks).not.toBeNull();
    expect(paraText(blocks[1]!)).toMatch(/versi beku “Rancangan — seminar 14 Maret 2022” \(dibekukan 14 Maret 2022\)/);
    expect(paraText(blocks[1]!)).toMatch(/1 butir ditambah, 1 dihapus, \d+ diubah/);
    const [items, totals] = blocks.filter((b): b is TableBlock => b.kind === 'table');
    expect(items!.caption?.title).toBe('Perubahan per Bagian Sejak Seminar Rancangan');
    const rows = rowsOf(items!);
    expect(rows).toContainEqual(['Anggaran', 'Ditambah', 'Cetak spanduk sosialisasi', '–']);
    expect(rows).toContainEqual(['Anggaran', 'Dihapus', before.budgetLines[0]!.item, '–']);
    expect(rows.find((r) => r[0] === 'Judul dan teks' && r[2] === 'Judul proyek')?.[3]).toBe('1 kata ditambah, 0 kata dihapus');
    expect(rows.find((r) => r[2] === 'Narasi (latar belakang)')?.[3]).toMatch(/^4 kata ditambah/);
    const ms = rows.find((r) => r[0] === 'Tonggak (milestone)' && r[3]!.includes('selesai:'));
    expect(ms?.[3]).toContain('→ 30 Juni 2022');
    expect(totals!.caption?.title).toBe('Jumlah yang Berubah Sejak Seminar Rancangan');
    const totalRow = rowsOf(totals!).find((r) => r[0] === 'Total anggaran');
    expect(totalRow?.[2]).toMatch(/^Rp/);
    expect(totalRow?.[1]).not.toBe(totalRow?.[2]);
  });

  it('with nothing changed, it says so in words', () => {
    const p = { ...sipantau(), documentSettings: { ...sipantau().documentSettings, changesAppendix: true } };
    const blocks = appendix(buildOutline(p, 'laporan', DEFAULT_EXPORT_OPTIONS, baselineOf(sipantau())).outline)!;
    expect(blocks.map(paraText)).toContain('Tidak ada perubahan sejak versi tersebut.');
    expect(blocks.some((b) => b.kind === 'table')).toBe(false);
  });
});

describe('which version the appendix compares with', () => {
  const v = (id: string, seq: number, kind: VersionInfo['kind'], damaged: string | null = null): VersionInfo => ({
    id,
    seq,
    name: id,
    note: '',
    frozenAt: '',
    appVersion: '',
    kind,
    damaged,
  });
  it('the chosen one if readable, else the newest readable rancangan version by sequence, else none', () => {
    const list = [v('r1', 1, 'rancangan'), v('r2', 3, 'rancangan'), v('l1', 4, 'laporan'), v('r3', 5, 'rancangan', 'project')];
    expect(appendixVersion(list, null)?.id).toBe('r2');
    expect(appendixVersion(list, 'l1')?.id).toBe('l1');
    expect(appendixVersion(list, 'r3')?.id).toBe('r2');
    expect(appendixVersion(list, 'hilang')?.id).toBe('r2');
    expect(appendixVersion([v('l1', 1, 'laporan')], null)).toBeNull();
  });
});

describe('changes appendix in the DOCX', () => {
  it('is in the document’s text, tables and captions; and on the PDF pages LibreOffice makes of it', { timeout: 240_000 }, async () => {
    const { before, after } = pair();
    const { bytes } = await reportBytes(
      { project: after, kind: 'laporan', options: DEFAULT_EXPORT_OPTIONS, baseline: baselineOf(before) },
      createRasterizer(FONTS),
      measureFontsFrom(FONTS),
    );
    const text = textOf(parts(bytes).document);
    // After the consultation sheet, the two seminars' follow-ups and the evidence index.
    expect(text).toContain(`Lampiran 5. ${TITLE}`);
    expect(text).toContain('Perubahan per Bagian Sejak Seminar Rancangan');
    expect(text).toContain('Cetak spanduk sosialisasi');
    expect(text).toContain('1 kata ditambah, 0 kata dihapus');
    expect(text).toContain('Total anggaran');
    if (!canConvert) return;
    const dir = await tempDir();
    const file = path.join(dir, 'laporan-perubahan.docx');
    await fsp.writeFile(file, bytes);
    convertToPdf([file], dir);
    const pages = pdfPages(path.join(dir, 'laporan-perubahan.pdf'), false);
    const at = pages.findIndex((p) => p.includes(TITLE) && p.includes('versi beku'));
    expect(at).toBeGreaterThan(0);
    const tail = pages.slice(at).join('\n');
    expect(tail).toContain('Cetak spanduk sosialisasi');
    expect(tail).toContain('Total anggaran');
    if (process.env.KEEP_PDF) await fsp.copyFile(path.join(dir, 'laporan-perubahan.pdf'), process.env.KEEP_PDF);
  });
});
