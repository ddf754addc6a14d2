/**
 * The DOCX as Word reads it: sections and page-number formats, page setup, styles, numbered
 * captions, explicit table widths, repeating header rows, pictures, and a table of contents and
 * lists of tables/figures that already hold their page numbers (nothing for Word to update).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { printPixels } from '../../../electron/core/report/rasterize';
import { pageGeometry } from '../../../shared/report/docx/geometry';
import { pictureSize } from '../../../shared/report/images';
import { buildOutline } from '../../../shared/report/buildOutline';
import { sipantauBeforeRealisation } from '../domain/sipantau';
import { exported, SIPANTAU_DOCS } from './exported';
import { ALL_OPTIONS, all, docx, parts, sections, tables, textOf, type DocxParts } from './support';

let rancangan: DocxParts;
let laporan: DocxParts;
// The rancangan's project, as the shared fixture exports it (tests/unit/report/exported.ts).
const p = sipantauBeforeRealisation();
const A4_TEXT_WIDTH = 11906 - 2268 - 1701;
const A4_LANDSCAPE_WIDTH = 16838 - 2268 - 1701;

beforeAll(async () => {
  // The same files the layout and text tests read: exported once per run.
  rancangan = parts((await exported('sipantau-rancangan', SIPANTAU_DOCS.rancangan)).bytes);
  laporan = parts((await exported('sipantau-laporan', SIPANTAU_DOCS.laporan)).bytes);
});

describe('sections and page numbers', () => {
  it('cover without a number, front matter in lower roman from i, BAB I onwards in arabic from 1', () => {
    for (const d of [rancangan, laporan]) {
      const [cover, front, body, ...rest] = sections(d.document);
      expect(cover).not.toContain('footerReference');
      expect(cover).not.toMatch(/<w:pgNumType [^>]*w:fmt/);
      expect(front).toMatch(/<w:pgNumType w:start="1" w:fmt="lowerRoman"\/>/);
      expect(front).toContain('w:footerReference');
      expect(body).toMatch(/<w:pgNumType w:start="1" w:fmt="decimal"\/>/);
      // Sections after the first of the body (a landscape table and the text after it) go on counting.
      for (const s of rest) {
        expect(s).toMatch(/<w:pgNumType w:fmt="decimal"\/>/);
        expect(s).toContain('w:footerReference');
      }
      // The footers hold a PAGE field.
      const footers = Object.keys(d.files).filter((f) => /word\/footer\d+\.xml/.test(f));
      expect(footers.length).toBeGreaterThanOrEqual(1);
      expect(footers.every((f) => d.xml(f).includes('PAGE'))).toBe(true);
    }
  });

  it('A4 with margins top 4, left 4, bottom 3, right 3 cm on every section; a turned page keeps 4 cm at the spine', () => {
    for (const s of sections(rancangan.document)) {
      if (s.includes('w:orient="landscape"')) {
        expect(s).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
        expect(s).toMatch(/w:top="2268"/);
        expect(s).toMatch(/w:left="2268"/);
        expect(s).toMatch(/w:bottom="1701"/);
        expect(s).toMatch(/w:right="1701"/);
        continue;
      }
      expect(s).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
      expect(s).toMatch(/w:top="2268"/);
      expect(s).toMatch(/w:left="2268"/);
      expect(s).toMatch(/w:bottom="1701"/);
      expect(s).toMatch(/w:right="1701"/);
    }
  });

  it('F4 paper is an option, and the tables follow the wider text width', async () => {
    const f4 = structuredClone(p);
    f4.documentSettings.paper = 'F4';
    const d = parts(await docx(f4, 'rancangan', { ...ALL_OPTIONS, includeFigures: false }));
    expect(sections(d.document)[2]).toMatch(/<w:pgSz w:w="12189" w:h="18709"/);
    const g = pageGeometry(f4.documentSettings);
    expect(g.textWidth).toBe(12189 - 2268 - 1701);
    expect(g.landscape.textWidth).toBe(18709 - 2268 - 1701);
    const widths = all(d.document, /<w:tblW w:type="dxa" w:w="(\d+)"\/>/).map(Number);
    expect(widths.every((w) => w === g.textWidth || w === g.landscape.textWidth)).toBe(true);
    expect(widths.filter((w) => w === g.textWidth).length).toBeGreaterThan(8);
  }, 120_000); // a whole DOCX layout, which a busy machine stretches past the default 30 s
});

describe('styles and settings', () => {
  it('Times New Roman 12, 1.5 lines stated as at least 20.7 pt (never exact), headings with outline levels, no field update prompt', () => {
    const styles = rancangan.xml('word/styles.xml');
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toMatch(/<w:sz w:val="24"\/>/);
    // 1.5 × Word's 13.8 pt line of Times New Roman 12: the same height in every program (styles.ts, reportLine).
    expect(styles).toMatch(/w:line="414" w:lineRule="atLeast"/);
    const ours = [
      ...styles.matchAll(/<w:style [^>]*w:styleId="(Isi|IsiRata|Heading1|Heading2|IsiTabel|IsiTabelKecil|Keterangan|DaftarEntri)"[\s\S]*?<\/w:style>/g),
    ];
    expect(ours.length).toBe(8);
    expect(ours.filter((m) => !m[0].includes('w:lineRule="atLeast"')).map((m) => m[1])).toEqual([]);
    expect(styles).not.toMatch(/w:lineRule="exact"/);
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:outlineLvl w:val="0"\/>/);
    expect(styles).toMatch(/w:styleId="Heading2"[\s\S]*?<w:outlineLvl w:val="1"\/>/);
    // Written false (or not at all): Word never asks to update fields on open.
    expect(rancangan.xml('word/settings.xml')).not.toMatch(/<w:updateFields(?! w:val="false")/);
    expect(rancangan.xml('word/numbering.xml')).toMatch(/upperRoman[\s\S]*BAB %1/);
  });

  it('justified body paragraphs and centred chapter headings', () => {
    const styles = rancangan.xml('word/styles.xml');
    expect(styles).toMatch(/w:styleId="Isi"[\s\S]*?<w:jc w:val="both"\/>/);
    expect(styles).toMatch(/w:styleId="Heading1"[\s\S]*?<w:jc w:val="center"\/>/);
  });
});

describe('captions and tables', () => {
  it('numbers tables per chapter with the caption above, and figures with the caption below', () => {
    const { outline } = buildOutline(p, 'rancangan', ALL_OPTIONS);
    const labels = outline.tables.map((t) => t.label);
    expect(labels.slice(0, 2)).toEqual(['Tabel 1.1', 'Tabel 1.2']);
    expect(labels).toContain('Tabel 2.1');
    // The fishbone in BAB I, then the schedule, the team and the two stakeholder maps in BAB II.
    expect(outline.figures.map((f) => f.caption.label)).toEqual(['Gambar 1.1', 'Gambar 2.1', 'Gambar 2.2', 'Gambar 2.3', 'Gambar 2.4']);
    // In the document: each table caption's bookmark comes right before its table.
    for (const t of outline.tables) {
      const at = rancangan.document.indexOf(`w:name="${t.bookmark}"`);
      expect(at, t.label).toBeGreaterThan(0);
      const next = rancangan.document.indexOf('<w:tbl>', at);
      const para = rancangan.document.slice(at, rancangan.document.indexOf('</w:p>', at));
      expect(textOf(para)).toBe(`${t.label} ${t.title}`);
      expect(next - at).toBeLessThan(3000);
    }
    // Each figure caption comes after its picture.
    for (const f of outline.figures) {
      const at = rancangan.document.indexOf(`w:name="${f.caption.bookmark}"`);
      const before = rancangan.document.lastIndexOf('<w:drawing>', at);
      expect(before, f.caption.label).toBeGreaterThan(0);
      expect(at - before).toBeLessThan(4000);
    }
  });

  it('gives every table explicit twip widths that add up to the text width, a fixed layout, and repeating headers', () => {
    const all_ = tables(rancangan.document);
    expect(all_.length).toBeGreaterThan(12);
    expect(rancangan.document).not.toMatch(/w:type="pct"/);
    for (const t of all_) {
      // Portrait tables take the text width, a table on a turned page the landscape text width.
      const width = Number(t.match(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/)?.[1]);
      expect([A4_TEXT_WIDTH, A4_LANDSCAPE_WIDTH]).toContain(width);
      expect(t).toContain('<w:tblLayout w:type="fixed"/>');
      const grid = all(t, /<w:gridCol w:w="(\d+)"\/>/).map(Number);
      expect(grid.reduce((a, b) => a + b, 0)).toBe(width);
    }
    // Every data table (all but the two borderless ones of the approval page) repeats its header row.
    const data = all_.filter((t) => t.includes('E4E9F0'));
    expect(data.length).toBe(all_.length - 2);
    expect(data.every((t) => t.indexOf('<w:tblHeader/>') > 0 && t.indexOf('<w:tblHeader/>') < t.indexOf('</w:tr>'))).toBe(true);
  });
});

describe('pictures', () => {
  it('embeds the charts as PNG rasterised for the text width at print resolution', () => {
    const media = Object.keys(rancangan.files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(5);
    const widthCm = (A4_TEXT_WIDTH / 1440) * 2.54;
    for (const m of media) {
      const size = pictureSize(rancangan.files[m]!);
      expect(size?.type).toBe('png');
      expect(size?.width).toBe(printPixels(widthCm));
    }
    // The laporan: six charts (the fishbone among them) and the sample's three evidence pictures.
    expect(Object.keys(laporan.files).filter((f) => f.startsWith('word/media/'))).toHaveLength(9);
    // The fishbone in BAB I, the other charts in BAB II.
    expect(all(rancangan.document, /<wp:docPr [^>]*descr="([^"]*)"/).map((d) => d.slice(0, 'Gambar 1.'.length))).toEqual([
      'Gambar 1.',
      'Gambar 2.',
      'Gambar 2.',
      'Gambar 2.',
      'Gambar 2.',
    ]);
  });
});

describe('table of contents and lists', () => {
  it('are filled in with page numbers when the file is written', () => {
    const toc = rancangan.document.slice(rancangan.document.indexOf('<w:sdtContent>'), rancangan.document.indexOf('</w:sdtContent>'));
    expect(toc).toContain('TOC \\h \\o &quot;1-2&quot;');
    const entries = all(toc, /<w:hyperlink [^>]*>([\s\S]*?)<\/w:hyperlink>/).map((e) => textOf(e));
    expect(entries[0]).toBe('LEMBAR PERSETUJUANi');
    expect(entries).toContain('BAB I  PENDAHULUAN1');
    expect(entries.some((e) => /^BAB II {2}DESKRIPSI AKSI PERUBAHAN\d+$/.test(e))).toBe(true);
    expect(entries.every((e) => /(\d+|[ivx]+)$/.test(e))).toBe(true);
    const refs = all(rancangan.document, /PAGEREF (tabel_\w+|gambar_\w+)/);
    const { outline } = buildOutline(p, 'rancangan', ALL_OPTIONS);
    expect(refs).toEqual([...outline.tables.map((t) => t.bookmark), ...outline.figures.map((f) => f.caption.bookmark)]);
    const values = all(rancangan.document, /PAGEREF (?:tabel|gambar)_\w+<\/w:instrText><w:fldChar w:fldCharType="separate"\/><w:t xml:space="preserve">(\d+)</);
    expect(values).toHaveLength(refs.length);
  });
});

describe('options', () => {
  it('leave out kata pengantar, abstrak, figures, consultations and the evidence index when asked', async () => {
    const none = { includeKataPengantar: false, includeAbstrak: false, includeFigures: false, includeConsultations: false, includeEvidenceIndex: false };
    const d = parts(await docx(p, 'rancangan', none));
    const text = textOf(d.document);
    expect(Object.keys(d.files).some((f) => f.startsWith('word/media/'))).toBe(false);
    for (const gone of ['KATA PENGANTAR', 'ABSTRAK', 'DAFTAR GAMBAR', 'Lembar Konsultasi', 'Daftar Bukti Dukung']) expect(text).not.toContain(gone);
    expect(textOf(rancangan.document)).toContain('KATA PENGANTAR');
    expect(textOf(rancangan.document)).toContain('Lembar Konsultasi');
  });
});
