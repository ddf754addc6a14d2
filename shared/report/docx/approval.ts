/**
 * Lembar persetujuan (rancangan: mentor and coach approve the design for the seminar) or lembar
 * pengesahan (laporan: "telah diuji di depan penguji pada hari … tanggal …", signed by mentor,
 * coach and examiner) — docs/domain.md §2.1 (b), (c).
 */
import { AlignmentType, BorderStyle, HeadingLevel, LineRuleType, Paragraph, Table, TableCell, TableLayoutType, TableRow, WidthType } from 'docx';
import { dayName, formatDate } from '../../format/dates';
import { programmeName } from '../../model/programmes';
import type { Project } from '../../model/types';
import type { ReportContext } from '../context';
import { columnWidths } from './tables';
import { groupNip } from '../../format/nip';
import { pangkatGolongan, signatureBlock } from './people';
import { placeholderRun, plain } from './runs';
import { STYLE } from './styles';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };

function borderless(rows: TableRow[], widths: number[]): Table {
  return new Table({ rows, width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE } });
}

function fieldsTable(p: Project, textWidth: number): Table {
  const person = p.people.participant;
  const prog = p.programme;
  const cohort = [programmeName(prog), prog.angkatan.trim() ? `Angkatan ${prog.angkatan.trim()}` : '', prog.year ? `Tahun ${prog.year}` : ''].filter(Boolean).join(' ');
  const fields: [string, string][] = [
    ['Judul', p.title], ['Nama', person.name], ['NIP', person.nip.trim() ? groupNip(person.nip) : ''], ['Pangkat/Golongan', pangkatGolongan(person)],
    ['Jabatan', person.jabatan], ['Unit Kerja', person.unitKerja], ['Instansi', person.instansi], ['Pelatihan', cohort],
  ];
  const widths = columnWidths([28, 4, 68], textWidth);
  const cell = (children: Paragraph[], w: number) => new TableCell({ children, width: { size: w, type: WidthType.DXA }, borders: NO_BORDERS, margins: { top: 40, bottom: 40, left: 0, right: 60 } });
  const para = (runs: ReturnType<typeof plain>) => new Paragraph({ style: STYLE.bodyFlush, alignment: AlignmentType.LEFT, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 40 }, children: runs });
  return borderless(fields.map(([label, value]) => new TableRow({
    cantSplit: true,
    children: [
      cell([para(plain(label))], widths[0]!),
      cell([para(plain(':'))], widths[1]!),
      cell([para(value.trim() ? plain(value.trim()) : [placeholderRun()])], widths[2]!),
    ],
  })), widths);
}

function signatures(blocks: Paragraph[][], textWidth: number): Table {
  const widths = columnWidths([50, 50], textWidth);
  const cell = (children: Paragraph[], w: number, span = 1) => new TableCell({ children, width: { size: w, type: WidthType.DXA }, borders: NO_BORDERS, columnSpan: span > 1 ? span : undefined, margins: { top: 240, bottom: 120, left: 60, right: 60 } });
  const rows: TableRow[] = [new TableRow({ cantSplit: true, children: [cell(blocks[0]!, widths[0]!), cell(blocks[1]!, widths[1]!)] })];
  if (blocks[2]) rows.push(new TableRow({ cantSplit: true, children: [cell(blocks[2], textWidth, 2)] }));
  return borderless(rows, widths);
}

export function approvalPage(c: ReportContext, textWidth: number): (Paragraph | Table)[] {
  const p = c.p;
  const laporan = c.kind === 'laporan';
  const day = laporan ? p.calendar.seminarLaporan : p.calendar.seminarRancangan;
  const when = day ? plain(`hari ${dayName(day)} tanggal ${formatDate(day)}`) : [placeholderRun()];
  const sentence = laporan
    ? [...plain('Telah diuji di depan penguji pada '), ...when, ...plain('.')]
    : [...plain(`Telah disetujui untuk diseminarkan pada Seminar Rancangan ${c.label} pada `), ...when, ...plain('.')];
  const place = [...(p.programme.city.trim() ? plain(`${p.programme.city.trim()}, `) : [placeholderRun(), ...plain(', ')]), ...(day ? plain(formatDate(day)) : [placeholderRun()])];
  const blocks = [signatureBlock('Mentor,', p.people.mentor), signatureBlock('Coach,', p.people.coach)];
  if (laporan) blocks.push(signatureBlock('Penguji,', p.people.examiner));
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { after: 0 }, children: plain(laporan ? 'LEMBAR PENGESAHAN' : 'LEMBAR PERSETUJUAN') }),
    new Paragraph({ style: STYLE.frontTitle, children: plain(c.kind === 'laporan' ? `LAPORAN ${c.label.toUpperCase()}` : `RANCANGAN ${c.label.toUpperCase()}`) }),
    fieldsTable(p, textWidth),
    new Paragraph({ style: STYLE.bodyFlush, spacing: { before: 360, after: 120 }, children: sentence }),
    new Paragraph({ style: STYLE.bodyFlush, alignment: AlignmentType.RIGHT, spacing: { before: 120, after: 0 }, children: place }),
    new Paragraph({ style: STYLE.bodyFlush, alignment: AlignmentType.CENTER, spacing: { before: 120, after: 0 }, children: plain(laporan ? 'Mengesahkan,' : 'Menyetujui,') }),
    signatures(blocks, textWidth),
  ];
}
