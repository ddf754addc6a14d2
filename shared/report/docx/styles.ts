/**
 * The document's styles and list numbering: everything a participant would otherwise set by hand
 * in Word, taken from the project's document settings (docs/domain.md §8). Line spacing is always an
 * "auto" multiple: an exact rule makes LibreOffice clip inline pictures (ARCHITECTURE.md, toolchain note §7).
 */
import { AlignmentType, LevelFormat, LevelSuffix, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import type { DocumentSettings } from '../../model/types';

export const STYLE = {
  body: 'Isi',
  bodyFlush: 'IsiRata',
  table: 'IsiTabel',
  tableCompact: 'IsiTabelKecil',
  caption: 'Keterangan',
  note: 'CatatanTabel',
  figure: 'Gambar',
  cover: 'Sampul',
  frontTitle: 'JudulDepan',
  listEntry: 'DaftarEntri',
} as const;

export const NUMBERING = { chapter: 'bab', bullet: 'butir', ordered: 'nomor' } as const;

export const PLACEHOLDER_COLOR = 'B42318';
const single = { line: 240, lineRule: LineRuleType.AUTO };

export function documentStyles(s: DocumentSettings): IStylesOptions {
  const size = Math.round(s.fontSizePt * 2);
  const font = s.font;
  const body = { line: Math.round(240 * s.lineSpacing), lineRule: LineRuleType.AUTO };
  return {
    default: {
      // Widow and orphan control stated, not left to each reader's default (OOXML says off when
      // unset; docx's page estimate assumes on, as Word's Normal template has it). On, as Word
      // users expect. docx writes w:widowControl from a style's paragraph options but does not
      // type it there.
      document: { run: { font, size }, paragraph: { spacing: body, ...({ widowControl: true } as object) } },
      heading1: {
        run: { font, size: size + 2, bold: true },
        paragraph: { alignment: AlignmentType.CENTER, outlineLevel: 0, spacing: { ...body, before: 0, after: 480 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font, size, bold: true },
        paragraph: { outlineLevel: 1, spacing: { ...body, before: 240, after: 120 }, keepNext: true, keepLines: true },
      },
      heading3: { run: { font, size, bold: true }, paragraph: { outlineLevel: 2, spacing: { ...body, before: 120, after: 60 }, keepNext: true } },
    },
    paragraphStyles: [
      {
        id: STYLE.body,
        name: 'Isi Laporan',
        basedOn: 'Normal',
        quickFormat: true,
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 720 }, spacing: { ...body, after: 120 } },
      },
      { id: STYLE.bodyFlush, name: 'Isi Tanpa Inden', basedOn: 'Normal', paragraph: { alignment: AlignmentType.JUSTIFIED, spacing: { ...body, after: 120 } } },
      { id: STYLE.table, name: 'Isi Tabel', basedOn: 'Normal', run: { size: Math.min(size, 22) }, paragraph: { spacing: { ...single, before: 0, after: 0 } } },
      {
        id: STYLE.tableCompact,
        name: 'Isi Tabel Kecil',
        basedOn: 'Normal',
        run: { size: Math.min(size, 20) },
        paragraph: { spacing: { ...single, before: 0, after: 0 } },
      },
      {
        id: STYLE.caption,
        name: 'Keterangan Tabel dan Gambar',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...single, before: 240, after: 120 }, keepNext: true, keepLines: true },
      },
      {
        id: STYLE.note,
        name: 'Catatan Tabel',
        basedOn: 'Normal',
        run: { size: Math.min(size, 20), italics: true },
        paragraph: { spacing: { ...single, before: 60, after: 240 } },
      },
      {
        id: STYLE.figure,
        name: 'Gambar',
        basedOn: 'Normal',
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...single, before: 120, after: 0 }, keepNext: true },
      },
      {
        id: STYLE.cover,
        name: 'Sampul',
        basedOn: 'Normal',
        run: { bold: true, size: size + 2 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { line: 276, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      },
      {
        id: STYLE.frontTitle,
        name: 'Judul Halaman Depan',
        basedOn: 'Normal',
        run: { bold: true, size: size + 2 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...body, after: 480 }, keepNext: true },
      },
      { id: STYLE.listEntry, name: 'Entri Daftar', basedOn: 'Normal', paragraph: { spacing: { ...body, after: 0 } } },
    ],
  };
}

export const NUMBERING_CONFIG: INumberingOptions['config'] = [
  {
    reference: NUMBERING.chapter,
    // "BAB I" then a line break and the title: one heading, so the TOC reads "BAB I PENDAHULUAN".
    levels: [
      {
        level: 0,
        format: LevelFormat.UPPER_ROMAN,
        text: 'BAB %1',
        alignment: AlignmentType.CENTER,
        suffix: LevelSuffix.NOTHING,
        style: { paragraph: { indent: { left: 0, hanging: 0 } } },
      },
    ],
  },
  {
    reference: NUMBERING.bullet,
    levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } }],
  },
  {
    reference: NUMBERING.ordered,
    levels: [
      { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } },
    ],
  },
];
