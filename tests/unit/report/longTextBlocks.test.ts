/**
 * Tables and pictures inside long texts become numbered tables and figures of their chapter, in
 * the lists of tables and figures; checked in the outline and, through LibreOffice, on the pages.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/types';
import { buildOutline } from '../../../shared/report/buildOutline';
import { pageGeometry } from '../../../shared/report/docx/geometry';
import type { TableBlock } from '../../../shared/report/outline';
import { layoutTable } from '../../../shared/report/tableLayout';
import { pastedGrid } from '../../../shared/text/pastedTable';
import { pictureSource, tableSource } from '../../../shared/text/textTable';
import { sipantau } from '../domain/sipantau';
import { canConvert, checkLists, convertToPdf, pdfPages, squash } from './pdfPages';
import { ALL_OPTIONS, docx, TINY_PNG } from './support';

const PASTED_HTML = `<style>td{color:red}</style><table><tr><th>Bulan</th><th>Pengaduan</th></tr><tr><td>Januari</td><td>12</td></tr><tr><td>Februari<script>x()</script></td><td>7</td></tr></table>`;

function withLongTextBlocks(): Project {
  const p = structuredClone(sipantau());
  const table = tableSource(pastedGrid(PASTED_HTML, '')!, 'Pengaduan Layanan per Bulan').source;
  p.attachments.push({ id: 'gbr-alur', name: 'alur.png', mime: 'image/png', data: TINY_PNG, caption: 'Alur', milestoneId: null, inText: true });
  p.narrative.latarBelakang = `${p.narrative.latarBelakang}\n\n${table}\n\nSetelah tabel.\n\n${pictureSource('gbr-alur', 'Alur Layanan Perizinan Saat Ini')}`;
  p.narrative.profilOrganisasi = `${p.narrative.profilOrganisasi}\n\n| Bidang | Pegawai |\n| --- | ---: |\n| Perizinan | 14 |`;
  return p;
}

describe('tables and pictures in long texts, in the report', () => {
  it('number in the order of the page: the latar belakang table is Tabel 1.1, its picture Gambar 1.1, the BAB II table after the others', () => {
    const { outline } = buildOutline(withLongTextBlocks(), 'rancangan', ALL_OPTIONS);
    const plain = buildOutline(sipantau(), 'rancangan', ALL_OPTIONS).outline;
    expect(outline.tables[0]).toMatchObject({ label: 'Tabel 1.1', title: 'Pengaduan Layanan per Bulan' });
    // Every table after it in BAB I moved up by one; the untitled BAB II table prints the placeholder title.
    const bab1 = plain.tables.filter((t) => t.label.startsWith('Tabel 1.'));
    expect(outline.tables.filter((t) => t.label.startsWith('Tabel 1.')).map((t) => t.title)).toEqual([
      'Pengaduan Layanan per Bulan',
      ...bab1.map((t) => t.title),
    ]);
    expect(outline.tables.find((t) => t.title === '[belum diisi]')?.label).toBe('Tabel 2.1');
    expect(outline.figureCaptions[0]).toMatchObject({ label: 'Gambar 1.1', title: 'Alur Layanan Perizinan Saat Ini' });
    expect(outline.figureCaptions.length).toBe(plain.figureCaptions.length + 1);
    // The picture is a figure of its chapter, not evidence in the appendix.
    const lampiran = outline.chapters.find((c) => c.title === 'LAMPIRAN');
    expect(JSON.stringify(lampiran ?? {})).not.toContain('alur.png');
    // The pasted table holds only the cells' text.
    const t = outline.chapters[0]!.blocks.find((b): b is TableBlock => b.kind === 'table' && b.caption?.label === 'Tabel 1.1')!;
    expect(t.columns.map((c) => c.header)).toEqual(['Bulan', 'Pengaduan']);
    expect(JSON.stringify(t.rows)).not.toMatch(/script|x\(\)|color/);
  });

  it('fits the page with a 60-digit number unbroken; a 300-character URL may break, and only then', () => {
    const p = structuredClone(sipantau());
    const digits = '1234567890'.repeat(6);
    const url = `https://contoh.go.id/${'a'.repeat(279)}`;
    p.narrative.latarBelakang = `| Kode | Tautan |\n|---|---|\n| ${digits} | pendek |\n\n| Kode | Tautan |\n|---|---|\n| 1 | ${url} |`;
    const { outline } = buildOutline(p, 'rancangan', ALL_OPTIONS);
    const g = pageGeometry(p.documentSettings);
    const [numberTable, urlTable] = outline.chapters[0]!.blocks.filter((b): b is TableBlock => b.kind === 'table').slice(0, 2);
    const pages = { portrait: g.textWidth, landscape: g.landscape.textWidth, family: p.documentSettings.font, sizePt: 11 };
    const a = layoutTable(numberTable!, pages);
    expect(a.tokensBreak).toBe(false);
    expect(a.widths.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(a.landscape ? g.landscape.textWidth : g.textWidth);
    const b = layoutTable(urlTable!, pages);
    expect(b.tokensBreak).toBe(true);
    expect(b.widths.reduce((s, w) => s + w, 0)).toBeLessThanOrEqual(b.landscape ? g.landscape.textWidth : g.textWidth);
  });

  const dir = mkdtempSync(path.join(os.tmpdir(), 'rancang-longtext-'));
  afterAll(() => (process.env.KEEP ? undefined : rmSync(dir, { recursive: true, force: true })));

  it.runIf(canConvert)(
    'land in the DOCX lists with the right numbers and pages (LibreOffice → pdftotext)',
    async () => {
      const file = path.join(dir, 'rancangan.docx');
      writeFileSync(file, await docx(withLongTextBlocks(), 'rancangan'));
      convertToPdf([file], dir);
      const pages = pdfPages(path.join(dir, 'rancangan.pdf'));
      const lists = checkLists(pages);
      const tabel = lists.find((l) => l.list === 'tabel')!;
      const gambar = lists.find((l) => l.list === 'gambar')!;
      const front = squash(
        pages
          .slice(
            0,
            pages.findIndex((pg) => /^\s*BAB I\s*$/m.test(pg)),
          )
          .join('\n'),
      );
      expect(front).toMatch(/Tabel 1\.1 Pengaduan Layanan per Bulan\s*\.+\s*\d+/);
      expect(front).toMatch(/Gambar 1\.1 Alur Layanan Perizinan Saat Ini\s*\.+\s*\d+/);
      expect(front).toMatch(/Tabel 2\.1 \[belum diisi\]\s*\.+\s*\d+/);
      // Each entry names the page its caption lands on.
      for (const entry of ['Tabel 1.1 Pengaduan Layanan per Bulan', 'Tabel 2.1 [belum diisi]', 'Gambar 1.1 Alur Layanan Perizinan Saat Ini'])
        expect([...tabel.wrong, ...gambar.wrong].filter((w) => w.entry === entry)).toEqual([]);
      const body = squash(pages.join('\n'));
      expect(body).toContain('Bulan Pengaduan Januari 12 Februari 7');
      expect(body).not.toContain('x()');
    },
    300_000,
  );
});
