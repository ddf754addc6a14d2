/**
 * A returned DOCX's remarks as review files' worth of notes, one per author, so they enter the
 * project's store through the same import and merge as a .ulasan file (shared/review/merge.ts):
 * a comment becomes a note (kind "saran" unless its words say otherwise), a reply becomes an
 * answer to the note it replies to, "done" in Word closes the note, and a tracked insertion or
 * deletion becomes a note of its own. Every id and time comes from the document, never from the
 * clock, so importing the same DOCX twice changes nothing.
 *
 * The words added here ("Sisipan", "juga mencakup …") are stored with the note and printed in the
 * report's lampiran, so like the report they are Indonesian whatever the UI language.
 */
import type { NoteKind, Review, Reviewer, ReviewNote } from '../review/types';
import { REVIEW_LIMITS } from '../review/limits';
import type { WordRemark, WordRemarks } from './remarks';

const CHANGE_WORDS = { insertion: 'Sisipan', deletion: 'Hapus' } as const;
const ALSO = 'Komentar ini juga mencakup bagian';
const NO_NAME = 'Tanpa nama';

/** Words that ask for a fix; a question mark makes a question. Anything else is a suggestion. */
const FIX =
  /\b(perbaiki|diperbaiki|perbaikan|revisi|direvisi|salah|keliru|ganti|diganti|hapus|dihapus|harus|wajib|belum sesuai|tidak sesuai|lengkapi|dilengkapi|tambahkan|fix|wrong|must)\b/i;

export function remarkKind(text: string): NoteKind {
  if (/\?/.test(text)) return 'PERTANYAAN';
  if (FIX.test(text)) return 'PERLU_PERBAIKAN';
  return 'SARAN';
}

/** FNV-1a over the author's name: the same reviewer id for the same name in every import. */
function nameId(name: string): string {
  let h = 0x811c9dc5;
  for (const ch of name.toLocaleLowerCase('id')) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return `docx-${h.toString(16).padStart(8, '0')}`;
}

const cut = (s: string, max: number) => (s.length > max ? s.slice(0, max) : s);

function noteText(r: WordRemark): string {
  const head = r.source === 'comment' ? r.text : `${CHANGE_WORDS[r.source]}: “${r.text}”`;
  const also = r.alsoSections.length ? `\n(${ALSO}: ${r.alsoSections.map((s) => s.label).join('; ')})` : '';
  return cut(`${head}${also}`, REVIEW_LIMITS.noteText);
}

function target(r: WordRemark): ReviewNote['target'] {
  const p = r.place;
  if (p.kind === 'section') return { type: 'SECTION', sectionId: p.section };
  if (p.kind === 'item') return { type: 'ITEM', itemKind: p.itemKind, itemId: p.id };
  return { type: 'UNPLACED' };
}

/**
 * One Review per author, about the open project (a DOCX of another project or of none still
 * imports, every note unplaced: the caller warns). Replies whose parent is missing stay notes.
 */
export function remarksToReviews(w: WordRemarks, project: { id: string; title: string }): Review[] {
  const byAuthor = new Map<string, Review>();
  const notes = new Map<string, ReviewNote>();
  const reviewOf = (author: string): Review => {
    const name = cut(author.trim() || NO_NAME, REVIEW_LIMITS.name);
    const id = nameId(name);
    let review = byAuthor.get(id);
    if (!review) {
      const reviewer: Reviewer = { id, name, role: 'MENTOR', nip: '' };
      review = { project: { id: project.id, title: cut(project.title, 600) }, reviewer, notes: [], sectionVerdicts: [] };
      byAuthor.set(id, review);
    }
    return review;
  };
  const byPrint = new Map(w.remarks.map((r) => [r.fingerprint, r]));
  /** The comment a reply chain starts from (guarded against a loop in a hostile file); null for a comment that replies to nothing known. */
  const rootOf = (r: WordRemark): WordRemark | null => {
    let at = r;
    for (let i = 0; i <= w.remarks.length && at.replyTo; i++) {
      const up = byPrint.get(at.replyTo);
      if (!up) break;
      at = up;
    }
    return at !== r && !at.replyTo ? at : null;
  };
  const replies: [WordRemark, WordRemark][] = [];
  for (const r of w.remarks) {
    const root = rootOf(r);
    if (root) {
      replies.push([r, root]);
      continue;
    }
    const review = reviewOf(r.author);
    const at = r.date ?? '';
    const note: ReviewNote = {
      id: `docx-${r.fingerprint}`,
      reviewerId: review.reviewer.id,
      target: target(r),
      kind: r.source === 'comment' ? remarkKind(r.text) : 'SARAN',
      text: noteText(r),
      quote: cut(r.quote, REVIEW_LIMITS.quote),
      source: 'DOCX',
      createdAt: at,
      updatedAt: at,
      seq: review.notes.length + 1,
      status: r.resolved ? 'DONE' : 'OPEN',
      statusAt: r.resolved ? at : '',
      answers: [],
    };
    review.notes.push(note);
    notes.set(r.fingerprint, note);
  }
  // A reply in Word is an answer to the note it hangs under; "done" on it closes that note.
  for (const [r, root] of replies) {
    const parent = notes.get(root.fingerprint)!;
    if (parent.answers.length < REVIEW_LIMITS.answers) {
      parent.answers.push({
        id: `docx-${r.fingerprint}`,
        author: cut(r.author.trim() || NO_NAME, REVIEW_LIMITS.name),
        at: r.date ?? '',
        text: noteText(r),
        changedAt: null,
      });
    }
    if (r.resolved && parent.status !== 'DONE') Object.assign(parent, { status: 'DONE', statusAt: r.date ?? '' });
  }
  return [...byAuthor.values()].map((rv) => ({ ...rv, notes: rv.notes.slice(0, REVIEW_LIMITS.notes) }));
}
