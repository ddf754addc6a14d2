/** Review edits: a reviewer's notes and verdicts, the participant's answers and status, a consultation from notes. */
import { describe, expect, it } from 'vitest';
import { ConsultationSchema } from '../../../shared/model/schema';
import { addNote, answerNote, consultationFromNotes, removeNote, setNoteStatus, setVerdict } from '../../../shared/review/edits';
import { importReview } from '../../../shared/review/merge';
import { ReviewSchema, ReviewStoreSchema } from '../../../shared/review/schema';

const PROJECT = { id: 'prj-1', title: 'SIPANTAU' };
const empty = () =>
  ReviewSchema.parse({ project: PROJECT, reviewer: { id: 'rv-c', name: 'Siti Aminah', role: 'COACH', nip: '' }, notes: [], sectionVerdicts: [] });

describe('review edits', () => {
  it('numbers a reviewer’s notes, keeps one verdict per section, and removes a note', () => {
    let r = addNote(empty(), { target: { type: 'SECTION', sectionId: 'tujuan' }, kind: 'SARAN', text: '  Pertajam indikator.  ' }, '2026-03-01T01:00:00.000Z');
    r = addNote(r, { target: { type: 'ITEM', itemKind: 'BUDGET_LINE', itemId: 'bl-1' }, kind: 'PERTANYAAN', text: 'Sumber dana?' }, '2026-03-01T02:00:00.000Z');
    expect(r.notes.map((n) => [n.seq, n.text, n.reviewerId])).toEqual([
      [1, 'Pertajam indikator.', 'rv-c'],
      [2, 'Sumber dana?', 'rv-c'],
    ]);
    r = setVerdict(setVerdict(r, 'tujuan', 'PERLU_PERBAIKAN', 't1'), 'tujuan', 'DISETUJUI', 't2');
    expect(r.sectionVerdicts).toEqual([{ sectionId: 'tujuan', verdict: 'DISETUJUI', updatedAt: 't2' }]);
    expect(ReviewSchema.safeParse(r).success).toBe(true);
    expect(removeNote(r, r.notes[0]!.id).notes).toHaveLength(1);
  });

  it('answers, closes and turns a session’s notes into one consultation row', () => {
    const r = addNote(empty(), { target: { type: 'SECTION', sectionId: 'tujuan' }, kind: 'SARAN', text: 'Pertajam indikator.' }, '2026-03-04T01:00:00.000Z');
    const imported = importReview(undefined, r, PROJECT);
    if (!imported.ok) throw new Error(imported.message);
    const id = r.notes[0]!.id;
    let store = answerNote(imported.value.store, id, { author: 'Peserta', at: '2026-03-05T00:00:00.000Z', text: 'Indikator diberi angka.', changedAt: null });
    store = setNoteStatus(store, id, 'DONE', '2026-03-05T00:00:00.000Z');
    expect(ReviewStoreSchema.safeParse(store).success).toBe(true);
    expect(store.notes[0]).toMatchObject({ status: 'DONE', answers: [{ text: 'Indikator diberi angka.' }] });
    const entry = consultationFromNotes(store, [id]);
    expect(entry).toMatchObject({ date: '2026-03-04', with: 'COACH', topic: 'Pertajam indikator.', result: 'Indikator diberi angka.' });
    expect(ConsultationSchema.safeParse(entry).success).toBe(true);
    expect(consultationFromNotes(store, [])).toBeNull();
  });
});
