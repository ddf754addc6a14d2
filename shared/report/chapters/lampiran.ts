/**
 * LAMPIRAN: the consultation log (with a column for the mentor's or coach's initials), the
 * follow-up of the seminar's revision notes, and the evidence index with the pictures embedded.
 */
import { formatDate } from '../../format/dates';
import type { Attachment, Milestone } from '../../model/types';
import { bold, cell, cols, h2, para, table, value } from '../blocks';
import { rich } from '../longText';
import type { ReportContext } from '../context';
import { attachmentPicture } from '../images';
import type { Block, Cell, Chapter } from '../outline';
import { milestoneRows } from '../tables/milestones';
import { CONSULTANT, SEMINAR_OUTCOME } from '../terms';
import { changesAppendix } from '../tables/changes';
import { followUpRows, hasReviewNotes } from './followUp';

type SeminarKind = 'RANCANGAN' | 'LAPORAN';

/** Blank rows of an empty consultation sheet, to be filled in by hand. */
const BLANK_ROWS = 8;

export function lampiran(c: ReportContext): Chapter | null {
  const parts: [string, Block[]][] = [];
  if (c.options.includeConsultations) parts.push(['Lembar Konsultasi', konsultasi(c)]);
  // With imported review notes, the seminar's notes and the mentors', coaches' and examiners'
  // notes share one follow-up table (who, what, how it was handled, where in the document).
  if (hasReviewNotes(c)) parts.push(['Tindak Lanjut Catatan Seminar/Mentor', followUp(c)]);
  else if (hasSeminarNotes(c)) parts.push(['Tindak Lanjut Catatan Seminar Rancangan', [seminarNotes(c, 'RANCANGAN')]]);
  if (hasSeminarLaporan(c)) parts.push(['Hasil dan Tindak Lanjut Seminar Laporan', seminarLaporan(c)]);
  if (c.options.includeEvidenceIndex) parts.push(['Daftar Bukti Dukung', evidence(c)]);
  // Last, so the evidence index keeps the number its references in the text use.
  const changes = changesAppendix(c);
  if (changes) parts.push(['Perubahan setelah Seminar Rancangan', changes]);
  if (parts.length === 0) return null;
  return {
    title: 'LAMPIRAN',
    numbered: false,
    blocks: parts.flatMap(([title, blocks], i) => [h2(`Lampiran ${i + 1}. ${title}`), ...blocks]),
  };
}

const hasSeminarNotes = (c: ReportContext) => c.p.seminars.RANCANGAN.revisionNotes.length > 0;

/**
 * The laporan's final version carries what the seminar laporan decided: its outcome, the
 * examiners' notes and each revision note with whether it was followed up.
 */
const hasSeminarLaporan = (c: ReportContext) => {
  const s = c.p.seminars.LAPORAN;
  return c.kind === 'laporan' && (s.outcome !== 'BELUM' || s.notes.trim() !== '' || s.revisionNotes.length > 0);
};

/** The appendix number of the evidence index: after the consultation sheet and the seminar parts, when they are printed. */
function evidenceLampiran(c: ReportContext): number {
  return 1 + (c.options.includeConsultations ? 1 : 0) + (hasSeminarNotes(c) || hasReviewNotes(c) ? 1 : 0) + (hasSeminarLaporan(c) ? 1 : 0);
}

function seminarLaporan(c: ReportContext): Block[] {
  const s = c.p.seminars.LAPORAN;
  const day = s.date ?? c.p.calendar.seminarLaporan;
  const out: Block[] = [para('Seminar laporan', day ? ` tanggal ${formatDate(day)}` : '', ' memutuskan: ', bold(SEMINAR_OUTCOME[s.outcome]), '.')];
  if (s.notes.trim()) out.push(para(bold('Catatan seminar:')), ...rich(c, s.notes, false));
  if (s.revisionNotes.length) out.push(para('Catatan perbaikan dan tindak lanjutnya:'), seminarNotes(c, 'LAPORAN'));
  return out;
}

function konsultasi(c: ReportContext): Block[] {
  const rows: Cell[][] = c.p.consultations.map((k, i) => [
    { text: String(i + 1), align: 'center' },
    cell(formatDate(k.date)),
    { text: CONSULTANT[k.with] },
    cell(k.topic),
    { text: k.result.trim() || '–' },
    '',
  ]);
  if (rows.length === 0) for (let i = 0; i < BLANK_ROWS; i++) rows.push([{ text: String(i + 1), align: 'center' }, '', '', '', '', '']);
  return [
    table({
      caption: null,
      columns: cols(['No', 6, 'center'], ['Tanggal', 17], ['Dengan', 11], ['Topik', 24], ['Hasil / Arahan', 30], ['Paraf', 12]),
      rows,
      compact: true,
    }),
  ];
}

function followUp(c: ReportContext): Block[] {
  return [
    table({
      caption: null,
      columns: cols(['No', 6, 'center'], ['Dari', 16], ['Catatan', 30], ['Tindak Lanjut', 28], ['Letak dalam Dokumen', 20]),
      rows: followUpRows(c).map((r, i) => [{ text: String(i + 1), align: 'center' }, cell(r.from), cell(r.note), cell(r.handling), cell(r.place)]),
      compact: true,
    }),
  ];
}

function seminarNotes(c: ReportContext, kind: SeminarKind): Block {
  return table({
    caption: null,
    columns: cols(['No', 7, 'center'], ['Catatan Penguji/Coach/Mentor', 68], ['Status', 25]),
    rows: c.p.seminars[kind].revisionNotes.map((n, i) => [
      { text: String(i + 1), align: 'center' },
      cell(n.text),
      { text: n.resolved ? 'Sudah ditindaklanjuti' : 'Belum ditindaklanjuti' },
    ]),
    compact: true,
  });
}

/** Attachments in the order of the milestones that cite them, then the rest: "Bukti 1", "Bukti 2" … */
export function orderedEvidence(c: ReportContext): Attachment[] {
  const byId = new Map(c.p.attachments.map((a) => [a.id, a]));
  const seen = new Set<string>([c.p.documentSettings.logoAttachmentId ?? '']);
  const out: Attachment[] = [];
  const take = (a: Attachment | undefined) => {
    // Pictures placed in a long text are figures of their chapter, not evidence.
    if (a && !a.inText && !seen.has(a.id)) {
      seen.add(a.id);
      out.push(a);
    }
  };
  for (const m of c.p.milestones) {
    for (const id of m.attachmentIds) take(byId.get(id));
    for (const a of c.p.attachments) if (a.milestoneId === m.id) take(a);
  }
  for (const a of c.p.attachments) take(a);
  return out;
}

/** "Bukti 3" labels per milestone, for the realisation table (only when the evidence index is printed). */
export function evidenceNumbers(c: ReportContext): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (!c.options.includeEvidenceIndex) return out;
  const lampiran = evidenceLampiran(c);
  orderedEvidence(c).forEach((a, i) => {
    for (const m of c.p.milestones) {
      if (m.attachmentIds.includes(a.id) || a.milestoneId === m.id) out.set(m.id, [...(out.get(m.id) ?? []), `Bukti ${i + 1} (Lampiran ${lampiran})`]);
    }
  });
  return out;
}

function evidence(c: ReportContext): Block[] {
  const attachments = orderedEvidence(c);
  const number = new Map(attachments.map((a, i) => [a.id, i + 1]));
  const attached = (m: Milestone) =>
    attachments.filter((a) => m.attachmentIds.includes(a.id) || a.milestoneId === m.id).map((a) => `Bukti ${number.get(a.id)}`);
  const out: Block[] = [
    table({
      caption: null,
      columns: cols(['Kode', 10, 'center'], ['Milestone', 34], ['Bukti yang Direncanakan', 32], ['Terlampir', 24]),
      rows: c.p.milestones.map((m) => [
        { text: c.codes.get(m.id) ?? '', align: 'center' },
        cell(m.title),
        cell(m.evidence.join(', ')),
        { text: attached(m).join(', ') || '–' },
      ]),
      rowItems: milestoneRows(c.p.milestones),
      compact: true,
    }),
  ];
  if (c.p.milestones.length === 0) out.push(para(value('')));
  for (const a of attachments) {
    const picture = attachmentPicture(a);
    const label = `Bukti ${number.get(a.id)}. ${a.caption.trim() || a.name.trim() || 'Tanpa keterangan'}`;
    if (picture) out.push({ kind: 'picture', picture, caption: label });
    else out.push(para(label, ' (gambar tidak dapat dibaca)'));
  }
  return out;
}
