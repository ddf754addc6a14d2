/**
 * Rows of the lampiran "Tindak Lanjut Catatan Seminar/Mentor" (issue 13, item 5): the seminar
 * rancangan's revision notes, then every imported review note with its answers — who wrote it,
 * what it says, how it was handled, and where in the document it points and was answered.
 */
import { formatDate } from '../../format/dates';
import type { ReviewerRole, ReviewNote } from '../../review/types';
import type { ReportContext } from '../context';
import { targetPlace } from '../reviewPlaces';

export interface FollowUpRow {
  from: string;
  note: string;
  handling: string;
  place: string;
}

const ROLE: Record<ReviewerRole, string> = { MENTOR: 'Mentor', COACH: 'Coach', PENGUJI: 'Penguji' };
const KIND: Record<ReviewNote['kind'], string> = { PERLU_PERBAIKAN: 'Perlu perbaikan', SARAN: 'Saran', PERTANYAAN: 'Pertanyaan' };

export const hasReviewNotes = (c: ReportContext) => (c.p.reviews?.notes.length ?? 0) > 0;

const day = (iso: string) => (/^\d{4}-\d{2}-\d{2}/.test(iso) ? formatDate(iso.slice(0, 10)) : '');

export function followUpRows(c: ReportContext): FollowUpRow[] {
  const rows: FollowUpRow[] = c.p.seminars.RANCANGAN.revisionNotes.map((n) => ({
    from: 'Seminar rancangan',
    note: n.text,
    handling: n.resolved ? 'Sudah ditindaklanjuti' : 'Belum ditindaklanjuti',
    place: '–',
  }));
  const store = c.p.reviews;
  if (!store) return rows;
  const reviewers = new Map(store.reviewers.map((r) => [r.id, r]));
  // The reader follows one reviewer at a time, in the order they wrote.
  const notes = [...store.notes].sort(
    (a, b) =>
      store.reviewers.findIndex((r) => r.id === a.reviewerId) - store.reviewers.findIndex((r) => r.id === b.reviewerId) ||
      a.seq - b.seq ||
      (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0),
  );
  for (const n of notes) {
    const who = reviewers.get(n.reviewerId);
    const from = who ? `${who.name || 'Tanpa nama'} (${ROLE[who.role]})` : 'Pengulas';
    const answers = n.answers.map((a) => [a.text.trim(), a.changedAt ? `(diubah di ${targetPlace(c.p, a.changedAt, c.codes)})` : ''].filter(Boolean).join(' '));
    const status = n.status === 'DONE' ? 'Selesai' : 'Belum selesai';
    const when = day(n.createdAt);
    rows.push({
      from: when ? `${from}, ${when}` : from,
      note: `${KIND[n.kind]}: ${n.text.trim()}${n.quote.trim() ? ` — “${n.quote.trim()}”` : ''}`,
      handling: [...answers.filter(Boolean), status].join('; '),
      place: targetPlace(c.p, n.target, c.codes),
    });
  }
  return rows;
}
