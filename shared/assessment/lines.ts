/**
 * What the printed sheet says, line by line, for the DOCX and the PDF alike: the identity of the
 * participant and the project, the scores table, the total and grade, the note and the signature.
 * Indonesian, like the report.
 */
import { formatDate } from '../format/dates';
import { groupNip } from '../format/nip';
import { formatNumber } from '../format/numbers';
import { programmeName } from '../model/programmes';
import type { Project } from '../model/types';
import type { Reviewer } from '../review/types';
import { assessmentResult, type Assessment } from './sheet';

const ROLE = { MENTOR: 'Mentor', COACH: 'Coach', PENGUJI: 'Penguji' } as const;
const EMPTY = '…………';

export interface SheetLines {
  /** The example template's warning, printed above the title; null for an organiser's template. */
  exampleWarning: string | null;
  title: string;
  subtitle: string;
  identity: [label: string, value: string][];
  header: string[];
  rows: string[][];
  total: [label: string, value: string];
  grade: [label: string, value: string];
  note: string;
  signature: { placeDate: string; role: string; name: string; nip: string };
}

const num = (x: number | null) => (x === null ? '' : formatNumber(x));

export function sheetLines(a: Assessment, p: Project, reviewer: Reviewer): SheetLines {
  const r = assessmentResult(a);
  const person = p.people.participant;
  return {
    exampleWarning: a.template.example ? 'CONTOH — templat ini hanya contoh bawaan aplikasi, bukan ketentuan resmi penyelenggara.' : null,
    title: 'LEMBAR PENILAIAN',
    subtitle: a.template.name,
    identity: [
      ['Nama Peserta', person.name.trim() || EMPTY],
      ['NIP', person.nip.trim() ? groupNip(person.nip) : EMPTY],
      ['Pelatihan', [programmeName(p.programme), p.programme.angkatan.trim() ? `Angkatan ${p.programme.angkatan.trim()}` : ''].filter(Boolean).join(' ')],
      ['Judul', p.title.trim() || EMPTY],
    ],
    header: ['No', 'Komponen Penilaian', 'Bobot (%)', `Nilai (${formatNumber(a.template.scoreMin)}–${formatNumber(a.template.scoreMax)})`, 'Nilai × Bobot'],
    rows: r.rows.map((row, i) => [
      String(i + 1),
      row.name,
      formatNumber(row.weight),
      row.outOfRange ? `${num(row.score)} (di luar rentang)` : num(row.score),
      num(row.weighted),
    ]),
    total: ['Nilai Akhir', r.total === null ? `belum lengkap (${r.missing} komponen belum dinilai)` : formatNumber(r.total)],
    grade: ['Predikat', r.grade ?? '–'],
    note: a.note.trim(),
    signature: {
      placeDate: [a.place.trim(), a.date ? formatDate(a.date) : ''].filter(Boolean).join(', ') || EMPTY,
      role: ROLE[reviewer.role],
      name: reviewer.name.trim() || EMPTY,
      nip: reviewer.nip.trim() ? `NIP ${groupNip(reviewer.nip)}` : '',
    },
  };
}
