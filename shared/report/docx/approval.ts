/**
 * Lembar persetujuan (rancangan: mentor and coach approve the design for the seminar) or lembar
 * pengesahan (laporan: "telah diuji di depan penguji pada hari … tanggal …", signed by mentor,
 * coach and examiner) — docs/domain.md §2.1 (b), (c). It is one page whatever the names and titles:
 * its height is measured in the report font first, and the spacing (the room to sign included,
 * down to what a signature needs) shrinks before anything could move to a second page.
 */
import { AlignmentType, BorderStyle, HeadingLevel, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { dayName, formatDate } from '../../format/dates';
import { programmeName } from '../../model/programmes';
import type { Project } from '../../model/types';
import type { ReportContext } from '../context';
import { columnWidths } from './tables';
import { groupNip } from '../../format/nip';
import { pangkatGolongan, signatureBlock, SIGNATURE_GAP } from './people';
import { lineCount, lineHeight, type TextFont } from '../measure';
import type { PageGeometry } from './geometry';
import { placeholderRun, plain } from './runs';
import { frontMarked } from './frontMatter';
import { STYLE } from './styles';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

function borderless(rows: TableRow[], widths: number[]): Table {
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
  });
}

const FIELD_SHARES = [28, 4, 68];

function fields(p: Project): [string, string][] {
  const person = p.people.participant;
  const prog = p.programme;
  const cohort = [programmeName(prog), prog.angkatan.trim() ? `Angkatan ${prog.angkatan.trim()}` : '', prog.year ? `Tahun ${prog.year}` : '']
    .filter(Boolean)
    .join(' ');
  return [
    ['Judul', p.title],
    ['Nama', person.name],
    ['NIP', person.nip.trim() ? groupNip(person.nip).replace(/ /g, '\u00a0') : ''],
    ['Pangkat/Golongan', pangkatGolongan(person)],
    ['Jabatan', person.jabatan],
    ['Unit Kerja', person.unitKerja],
    ['Instansi', person.instansi],
    ['Pelatihan', cohort],
  ];
}

/** Spacing before and after the parts of the page, in twips, at full size. */
const SPACE = { titleAfter: 480, sentenceBefore: 360, sentenceAfter: 120, placeBefore: 120, approveBefore: 120, signTop: 240, signBottom: 120 };

/**
 * How much of the page's spacing to keep (1 = all) so everything fits one page: the text measured
 * in the report font, wrapped at spaces in its column, at the style's line spacing.
 */
export function approvalSpacing(c: ReportContext, g: PageGeometry): { scale: number; gap: number } {
  const s = c.p.documentSettings;
  const size = s.fontSizePt;
  const body: TextFont = { family: s.font, size };
  const bold: TextFont = { ...body, bold: true };
  const pt = (twips: number) => twips / 20;
  const width = pt(g.textWidth);
  const line = lineHeight(size);
  const spaced = line * s.lineSpacing;
  const widths = columnWidths(FIELD_SHARES, g.textWidth).map(pt);
  let fixed = lineHeight(size + 1) * s.lineSpacing * (1 + lineCount(approvalTitle(c), width, { ...bold, size: size + 1 }));
  for (const [label, value] of fields(c.p)) {
    fixed += Math.max(lineCount(label, widths[0]! - 3, body), lineCount(value.trim() || '[belum diisi]', widths[2]! - 3, body)) * line + pt(40 + 80);
  }
  fixed +=
    spaced * (lineCount(`Telah disetujui untuk diseminarkan pada Seminar Rancangan ${c.label} pada hari Rabu tanggal 30 September 2022.`, width, body) + 2);
  const people = c.kind === 'laporan' ? [c.p.people.mentor, c.p.people.coach, c.p.people.examiner] : [c.p.people.mentor, c.p.people.coach];
  const half = width / 2 - 6;
  const rowText = (ps: typeof people) =>
    Math.max(
      ...ps.map(
        (x) =>
          line *
          (1 +
            lineCount(x.name.trim() || '[belum diisi]', ps.length === 1 ? width : half, bold) +
            lineCount(`NIP ${x.nip}`, ps.length === 1 ? width : half, body)),
      ),
    );
  const rows = [people.slice(0, 2), people.slice(2)].filter((r) => r.length);
  fixed += rows.reduce((n, r) => n + rowText(r), 0);
  const flexible =
    pt(SPACE.titleAfter + SPACE.sentenceBefore + SPACE.sentenceAfter + SPACE.placeBefore + SPACE.approveBefore) +
    rows.length * pt(SPACE.signTop + SPACE.signBottom + SIGNATURE_GAP);
  // Room to spare: Word, LibreOffice and docx's page estimate round line heights differently, and
  // a page that fits in one but not the other would shift every roman page number after it.
  const room = pt(g.textHeight) * 0.9 - fixed;
  const scale = Math.max(0.25, Math.min(1, room / flexible));
  return { scale, gap: Math.max(720, Math.round(SIGNATURE_GAP * scale)) };
}

function approvalTitle(c: ReportContext): string {
  return c.kind === 'laporan' ? `LAPORAN ${c.label.toUpperCase()}` : `RANCANGAN ${c.label.toUpperCase()}`;
}

function fieldsTable(p: Project, textWidth: number): Table {
  const widths = columnWidths(FIELD_SHARES, textWidth);
  const cell = (children: Paragraph[], w: number) =>
    new TableCell({ children, width: { size: w, type: WidthType.DXA }, borders: NO_BORDERS, margins: { top: 40, bottom: 40, left: 0, right: 60 } });
  const para = (runs: ReturnType<typeof plain>) =>
    new Paragraph({
      style: STYLE.bodyFlush,
      alignment: AlignmentType.LEFT,
      spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 40 },
      children: runs,
    });
  return borderless(
    fields(p).map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([para(plain(label))], widths[0]!),
            cell([para(plain(':'))], widths[1]!),
            cell([para(value.trim() ? plain(value.trim()) : [placeholderRun()])], widths[2]!),
          ],
        }),
    ),
    widths,
  );
}

function signatures(blocks: Paragraph[][], textWidth: number, scale: number): Table {
  const widths = columnWidths([50, 50], textWidth);
  const margins = { top: Math.round(SPACE.signTop * scale), bottom: Math.round(SPACE.signBottom * scale), left: 60, right: 60 };
  const cell = (children: Paragraph[], w: number, span = 1) =>
    new TableCell({ children, width: { size: w, type: WidthType.DXA }, borders: NO_BORDERS, columnSpan: span > 1 ? span : undefined, margins });
  const rows: TableRow[] = [new TableRow({ cantSplit: true, children: [cell(blocks[0]!, widths[0]!), cell(blocks[1]!, widths[1]!)] })];
  if (blocks[2]) rows.push(new TableRow({ cantSplit: true, children: [cell(blocks[2], textWidth, 2)] }));
  return borderless(rows, widths);
}

export function approvalPage(c: ReportContext, g: PageGeometry): (Paragraph | Table)[] {
  const p = c.p;
  const textWidth = g.textWidth;
  const { scale, gap } = approvalSpacing(c, g);
  const space = (key: keyof typeof SPACE) => Math.round(SPACE[key] * scale);
  const laporan = c.kind === 'laporan';
  const day = laporan ? p.calendar.seminarLaporan : p.calendar.seminarRancangan;
  const when = day ? plain(`hari ${dayName(day)} tanggal ${formatDate(day)}`) : [placeholderRun()];
  const sentence = laporan
    ? [...plain('Telah diuji di depan penguji pada '), ...when, ...plain('.')]
    : [...plain(`Telah disetujui untuk diseminarkan pada Seminar Rancangan ${c.label} pada `), ...when, ...plain('.')];
  const place = [
    ...(p.programme.city.trim() ? plain(`${p.programme.city.trim()}, `) : [placeholderRun(), ...plain(', ')]),
    ...(day ? plain(formatDate(day)) : [placeholderRun()]),
  ];
  const blocks = [signatureBlock('Mentor,', p.people.mentor, gap), signatureBlock('Coach,', p.people.coach, gap)];
  if (laporan) blocks.push(signatureBlock('Penguji,', p.people.examiner, gap));
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { after: 0 }, children: frontMarked(laporan ? 'LEMBAR PENGESAHAN' : 'LEMBAR PERSETUJUAN') }),
    new Paragraph({ style: STYLE.frontTitle, spacing: { after: space('titleAfter') }, children: plain(approvalTitle(c)) }),
    fieldsTable(p, textWidth),
    new Paragraph({ style: STYLE.bodyFlush, spacing: { before: space('sentenceBefore'), after: space('sentenceAfter') }, children: sentence }),
    new Paragraph({ style: STYLE.bodyFlush, alignment: AlignmentType.RIGHT, spacing: { before: space('placeBefore'), after: 0 }, children: place }),
    new Paragraph({
      style: STYLE.bodyFlush,
      alignment: AlignmentType.CENTER,
      spacing: { before: space('approveBefore'), after: 0 },
      children: plain(laporan ? 'Mengesahkan,' : 'Menyetujui,'),
    }),
    signatures(blocks, textWidth, scale),
  ];
}
