/**
 * The document's styles and list numbering: everything a participant would otherwise set by hand
 * in Word, taken from the project's document settings (docs/domain.md §8).
 *
 * Line spacing is stated as "at least" a height in points (see reportLine), not as a multiple: the
 * page numbers of the lists are worked out before anyone opens the file, and a multiple lets each
 * program decide the line height itself. Word, docx's estimate and LibreOffice round a font's line
 * height differently (10 pt Liberation Serif: 11.50 pt in the estimate, about 11.57 in LibreOffice,
 * so a page of table rows drifts by 1–2 pt), and Word lets the space a multiple adds below a page's
 * last line run into the bottom margin where LibreOffice moves the line on: both moved headings to
 * the page after the one listed. A height every program takes as given removes both. Never "exact":
 * that makes LibreOffice clip inline pictures (toolchain note §7); "at least" grows for them.
 */
import { AlignmentType, LevelFormat, LevelSuffix, LineRuleType, type INumberingOptions, type IStylesOptions } from 'docx';
import type { ReportFont } from '../../model/enums';
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
/**
 * Single line height of a font as a share of its size, rounded up past every program's own
 * rounding: Times New Roman / Liberation Serif and Arial / Liberation Sans are 1.149 em (docx's
 * estimate) to about 1.157 em (LibreOffice); Cambria and Bookman (and what replaces them where they
 * are missing) run taller, so they get more room.
 */
const SINGLE_EM: Record<ReportFont, number> = { 'Times New Roman': 1.16, Arial: 1.16, 'Bookman Old Style': 1.25, Cambria: 1.25 };
/** What Word calls "1 line" of Times New Roman: the multiple of the settings is taken from this. */
const WORD_LINE_EM = 1.15;

/**
 * Spacing of `multiple` lines of `sizePt` text as "at least" a height in twips: the multiple of
 * Word's line (1.5 lines of 12 pt = 20.7 pt, as Word draws it), and never less than the tallest
 * single line any program draws in that font, so the stated height is the height everywhere.
 */
export function reportLine(sizePt: number, multiple: number, font: ReportFont): { line: number; lineRule: typeof LineRuleType.AT_LEAST } {
  const line = Math.max(Math.ceil(sizePt * SINGLE_EM[font] * 20), Math.round(sizePt * WORD_LINE_EM * multiple * 20));
  return { line, lineRule: LineRuleType.AT_LEAST };
}

export function documentStyles(s: DocumentSettings): IStylesOptions {
  const size = Math.round(s.fontSizePt * 2);
  const font = s.font;
  const body = reportLine(s.fontSizePt, s.lineSpacing, font);
  const single = reportLine(s.fontSizePt, 1, font);
  const heading = reportLine(s.fontSizePt + 1, s.lineSpacing, font);
  return {
    default: {
      // Widow and orphan control stated, not left to each reader's default (OOXML says off when
      // unset; docx's page estimate assumes on, as Word's Normal template has it). On, as Word
      // users expect. docx writes w:widowControl from a style's paragraph options but does not
      // type it there.
      document: { run: { font, size }, paragraph: { spacing: body, ...({ widowControl: true } as object) } },
      heading1: {
        run: { font, size: size + 2, bold: true },
        paragraph: { alignment: AlignmentType.CENTER, outlineLevel: 0, spacing: { ...heading, before: 0, after: 480 }, keepNext: true, keepLines: true },
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
      {
        id: STYLE.table,
        name: 'Isi Tabel',
        basedOn: 'Normal',
        run: { size: Math.min(size, 22) },
        paragraph: { spacing: { ...reportLine(Math.min(s.fontSizePt, 11), 1, font), before: 0, after: 0 } },
      },
      {
        id: STYLE.tableCompact,
        name: 'Isi Tabel Kecil',
        basedOn: 'Normal',
        run: { size: Math.min(size, 20) },
        paragraph: { spacing: { ...reportLine(Math.min(s.fontSizePt, 10), 1, font), before: 0, after: 0 } },
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
        paragraph: { spacing: { ...reportLine(Math.min(s.fontSizePt, 10), 1, font), before: 60, after: 240 } },
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
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...reportLine(s.fontSizePt + 1, 1.15, font), before: 0, after: 0 } },
      },
      {
        id: STYLE.frontTitle,
        name: 'Judul Halaman Depan',
        basedOn: 'Normal',
        run: { bold: true, size: size + 2 },
        paragraph: { alignment: AlignmentType.CENTER, spacing: { ...heading, after: 480 }, keepNext: true },
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
