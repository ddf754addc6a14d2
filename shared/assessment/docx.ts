/**
 * The lembar penilaian as a DOCX, in the report's formal style (its styles, font and page from the
 * project's document settings): title, identity, the scores table with the total and grade, the
 * note and the examiner's signature.
 */
import { AlignmentType, BorderStyle, Document, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';
import { stripInvalidXml } from '../charts/xml';
import type { Project } from '../model/types';
import { pageGeometry } from '../report/docx/geometry';
import { columnWidths } from '../report/docx/tables';
import { documentStyles, STYLE } from '../report/docx/styles';
import type { Reviewer } from '../review/types';
import { sheetLines } from './lines';
import type { Assessment } from './sheet';

const text = (t: string, opts: { bold?: boolean; italics?: boolean; color?: string } = {}) =>
  stripInvalidXml(t)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, ...opts, ...(i > 0 ? { break: 1 } : {}) }));

type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };

function grid(rows: { cells: string[]; bold?: boolean; span?: number }[], widths: number[], borders: boolean, align: Align[]): Table {
  const b = borders ? LINE : NONE;
  return new Table({
    width: { size: widths.reduce((x, y) => x + y, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: rows.map(
      (r) =>
        new TableRow({
          cantSplit: true,
          children: r.cells.map((c, i) => {
            const span = i === 0 && r.span ? r.span : 1;
            const at = r.span && i > 0 ? i + r.span - 1 : i;
            return new TableCell({
              width: { size: widths.slice(at, at + span).reduce((x, y) => x + y, 0), type: WidthType.DXA },
              ...(span > 1 ? { columnSpan: span } : {}),
              borders: { top: b, bottom: b, left: b, right: b },
              margins: { top: 40, bottom: 40, left: 80, right: 80 },
              children: [new Paragraph({ style: STYLE.table, alignment: span > 1 ? AlignmentType.RIGHT : align[at], children: text(c, { bold: r.bold }) })],
            });
          }),
        }),
    ),
  });
}

export function assessmentDocument(a: Assessment, p: Project, reviewer: Reviewer): Document {
  const s = sheetLines(a, p, reviewer);
  const g = pageGeometry(p.documentSettings);
  const center = (t: string, opts: { bold?: boolean; italics?: boolean; color?: string } = {}, after = 120) =>
    new Paragraph({ style: STYLE.bodyFlush, alignment: AlignmentType.CENTER, spacing: { after }, children: text(t, opts) });
  const right = (t: string, bold = false) =>
    new Paragraph({ style: STYLE.bodyFlush, alignment: AlignmentType.LEFT, indent: { left: Math.round(g.textWidth * 0.55) }, children: text(t, { bold }) });
  const scoreWidths = columnWidths([7, 45, 14, 17, 17], g.textWidth);
  const children = [
    ...(s.exampleWarning ? [center(s.exampleWarning, { italics: true, bold: true, color: 'B42318' }, 240)] : []),
    center(s.title, { bold: true }, 60),
    center(s.subtitle, { bold: true }, 360),
    grid(
      s.identity.map(([label, value]) => ({ cells: [label, ':', value] })),
      columnWidths([24, 3, 73], g.textWidth),
      false,
      [AlignmentType.LEFT, AlignmentType.LEFT, AlignmentType.LEFT],
    ),
    new Paragraph({ style: STYLE.bodyFlush, children: [] }),
    grid(
      [
        { cells: s.header, bold: true },
        ...s.rows.map((cells) => ({ cells })),
        { cells: [s.total[0], s.total[1]], bold: true, span: 4 },
        { cells: [s.grade[0], s.grade[1]], bold: true, span: 4 },
      ],
      scoreWidths,
      true,
      [AlignmentType.CENTER, AlignmentType.LEFT, AlignmentType.CENTER, AlignmentType.CENTER, AlignmentType.RIGHT],
    ),
    new Paragraph({ style: STYLE.bodyFlush, spacing: { before: 240 }, children: text('Catatan:', { bold: true }) }),
    new Paragraph({ style: STYLE.bodyFlush, children: text(s.note || '–') }),
    new Paragraph({
      style: STYLE.bodyFlush,
      spacing: { before: 360 },
      indent: { left: Math.round(g.textWidth * 0.55) },
      children: text(s.signature.placeDate),
    }),
    right(s.signature.role),
    new Paragraph({
      style: STYLE.bodyFlush,
      spacing: { before: 1200 },
      indent: { left: Math.round(g.textWidth * 0.55) },
      children: text(s.signature.name, { bold: true }),
    }),
    ...(s.signature.nip ? [right(s.signature.nip)] : []),
  ];
  return new Document({
    creator: stripInvalidXml(reviewer.name.trim()) || 'Rancang Perubahan',
    title: `${s.title} — ${stripInvalidXml(p.title.trim())}`,
    description: `${s.title} — dibuat dengan Rancang Perubahan`,
    styles: documentStyles(p.documentSettings),
    sections: [{ properties: { page: { size: { width: g.width, height: g.height }, margin: { ...g.margins, header: 709, footer: 709 } } }, children }],
  });
}
