/** The review file format (shared/review): schema, envelope, merge and hostile content. */
import { describe, expect, it } from 'vitest';
import { decodeReviewText, encodeReview, REVIEW_FORMAT, REVIEW_SCHEMA_VERSION } from '../../../shared/review/envelope';
import { importReview } from '../../../shared/review/merge';
import { REVIEW_LIMITS } from '../../../shared/review/limits';
import { ReviewNoteSchema, ReviewSchema } from '../../../shared/review/schema';
import type { Review, ReviewNote } from '../../../shared/review/types';
import { ProjectSchema } from '../../../shared/model/schema';

const PROJECT = { id: 'prj-sipantau', title: 'SIPANTAU' };

function note(id: string, over: Partial<ReviewNote> = {}): ReviewNote {
  return ReviewNoteSchema.parse({
    id,
    reviewerId: 'rv-x',
    target: { type: 'SECTION', sectionId: 'latar-belakang' },
    text: `catatan ${id}`,
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
    ...over,
  });
}

function review(reviewerId: string, notes: ReviewNote[], project = PROJECT): Review {
  return ReviewSchema.parse({ project, reviewer: { id: reviewerId, name: `Pengulas ${reviewerId}`, role: 'MENTOR', nip: '' }, notes, sectionVerdicts: [] });
}

const encode = (r: Review) => encodeReview(r, { appVersion: '1.0.0', savedAt: '2026-03-01T09:00:00.000Z' });

describe('review file envelope', () => {
  it('round-trips a review and keeps every field', () => {
    const r = review('rv-a', [
      note('n1', { reviewerId: 'rv-a', kind: 'PERLU_PERBAIKAN', quote: 'kutipan' }),
      note('n2', { reviewerId: 'rv-a', target: { type: 'ITEM', itemKind: 'MILESTONE', itemId: 'ms-1' } }),
      note('n3', { reviewerId: 'rv-a', target: { type: 'UNPLACED' }, quote: 'teks yang tidak ditemukan', source: 'DOCX' }),
    ]);
    const decoded = decodeReviewText(encode(r), PROJECT);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value.review).toEqual(r);
    expect(decoded.value.future).toBe(false);
    expect(JSON.parse(encode(r))).toMatchObject({ format: REVIEW_FORMAT, schemaVersion: REVIEW_SCHEMA_VERSION });
  });

  it('refuses a review of another project, naming both projects', () => {
    const other = review('rv-a', [note('n1')], { id: 'prj-lain', title: 'SIMANIS Kota Jambi' });
    const decoded = decodeReviewText(encode(other), PROJECT);
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.code).toBe('REVIEW_OTHER_PROJECT');
    expect(decoded.message).toContain('SIMANIS Kota Jambi');
    expect(decoded.message).toContain('SIPANTAU');
    const imported = importReview(undefined, other, PROJECT);
    expect(imported.ok).toBe(false);
  });

  it('reads a newer format as future (read-only) and keeps what it knows', () => {
    const env = JSON.parse(encode(review('rv-a', [note('n1')])));
    env.schemaVersion = REVIEW_SCHEMA_VERSION + 5;
    env.review.somethingNew = { x: 1 };
    const decoded = decodeReviewText(JSON.stringify(env), PROJECT);
    expect(decoded.ok && decoded.value.future).toBe(true);
    expect(decoded.ok && decoded.value.notices.map((n) => n.code)).toContain('REVIEW_FUTURE_VERSION');
    expect(decoded.ok && 'somethingNew' in decoded.value.review).toBe(false);
  });

  it('refuses damaged and hostile content with codes, never throwing', () => {
    const good = encode(review('rv-a', [note('n1')]));
    const cases: [string, string][] = [
      ['', 'EMPTY_FILE'],
      [good.slice(0, 60), 'TRUNCATED'],
      ['{"format":"rancang-perubahan","schemaVersion":3}', 'NOT_REVIEW'],
      ['[1,2]', 'NOT_REVIEW'],
      ['{"a":"\u0000"}', 'NUL_BYTES'],
      ['['.repeat(5_000) + ']'.repeat(5_000), 'INVALID_REVIEW'],
      [good.replace('"latar-belakang"', '"../../etc/passwd"'), 'INVALID_REVIEW'],
      [good.replace('"id":"n1"', '"id":"<script>"'), 'INVALID_REVIEW'],
      [good.replace('"catatan n1"', JSON.stringify('x'.repeat(REVIEW_LIMITS.noteText + 1))), 'INVALID_REVIEW'],
    ];
    for (const [text, code] of cases) {
      const decoded = decodeReviewText(text, PROJECT);
      expect(decoded.ok, code).toBe(false);
      if (!decoded.ok) expect(decoded.code).toBe(code);
    }
  });

  it('refuses more notes than the limit, and strips __proto__ and unknown keys', () => {
    const env = JSON.parse(encode(review('rv-a', [])));
    env.review.notes = Array.from({ length: REVIEW_LIMITS.notes + 1 }, (_, i) => note(`n${i}`));
    expect(decodeReviewText(JSON.stringify(env), PROJECT).ok).toBe(false);
    const hostile = encode(review('rv-a', [note('n1')])).replace('"kind":', '"__proto__":{"polluted":true},"evil":1,"kind":');
    const decoded = decodeReviewText(hostile, PROJECT);
    expect(decoded.ok).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(decoded.ok && Object.keys(decoded.value.review.notes[0]!)).not.toContain('evil');
  });

  it('makes every note of a file its reviewer’s, whatever a note claims', () => {
    const r = review('rv-a', [note('n1', { reviewerId: 'rv-someone-else' })]);
    const decoded = decodeReviewText(encode(r), PROJECT);
    expect(decoded.ok && decoded.value.review.notes[0]!.reviewerId).toBe('rv-a');
  });
});

describe('merging reviews into the project', () => {
  it('several reviewers’ files merge without losing any note', () => {
    const a = review('rv-a', [note('a1'), note('a2')]);
    const b = review('rv-b', [note('b1'), note('b2', { target: { type: 'ITEM', itemKind: 'STAKEHOLDER', itemId: 'sh-1' } })]);
    const first = importReview(undefined, a, PROJECT);
    if (!first.ok) throw new Error(first.message);
    const both = importReview(first.value.store, b, PROJECT);
    if (!both.ok) throw new Error(both.message);
    expect(both.value.store.notes.map((n) => n.id).sort()).toEqual(['a1', 'a2', 'b1', 'b2']);
    expect(both.value.store.reviewers.map((r) => r.id)).toEqual(['rv-a', 'rv-b']);
    expect(both.value.store.notes.find((n) => n.id === 'b1')!.reviewerId).toBe('rv-b');
  });

  it('importing the same file twice changes nothing', () => {
    const a = review('rv-a', [note('a1'), note('a2')]);
    const once = importReview(undefined, a, PROJECT);
    if (!once.ok) throw new Error(once.message);
    const twice = importReview(once.value.store, a, PROJECT);
    if (!twice.ok) throw new Error(twice.message);
    expect(twice.value.store).toEqual(once.value.store);
    expect(twice.value.added + twice.value.changed).toBe(0);
  });

  it('keeps the participant’s answers and done status when the reviewer’s file comes again, and takes the reviewer’s newer words', () => {
    const a = review('rv-a', [note('a1')]);
    const once = importReview(undefined, a, PROJECT);
    if (!once.ok) throw new Error(once.message);
    const answered = {
      ...once.value.store,
      notes: once.value.store.notes.map((n) => ({
        ...n,
        status: 'DONE' as const,
        statusAt: '2026-03-02T10:00:00.000Z',
        answers: [{ id: 'ans-1', author: 'Peserta', at: '2026-03-02T10:00:00.000Z', text: 'Sudah diperbaiki', changedAt: null }],
      })),
    };
    const revised = review('rv-a', [note('a1', { text: 'catatan yang diperjelas', updatedAt: '2026-03-03T08:00:00.000Z', seq: 2 })]);
    const again = importReview(answered, revised, PROJECT);
    if (!again.ok) throw new Error(again.message);
    const merged = again.value.store.notes[0]!;
    expect(merged.text).toBe('catatan yang diperjelas');
    expect(merged.status).toBe('DONE');
    expect(merged.answers.map((x) => x.text)).toEqual(['Sudah diperbaiki']);
    // and the older file cannot bring back the old words or reopen the note
    const old = importReview(again.value.store, a, PROJECT);
    expect(old.ok && old.value.store).toEqual(again.value.store);
  });

  it('is order-independent for the notes’ content', () => {
    const a = review('rv-a', [note('x', { text: 'lama' })]);
    const a2 = review('rv-a', [note('x', { text: 'baru', updatedAt: '2026-03-05T00:00:00.000Z' })]);
    const store = (first: Review, second: Review) => {
      const one = importReview(undefined, first, PROJECT);
      if (!one.ok) throw new Error(one.message);
      const two = importReview(one.value.store, second, PROJECT);
      if (!two.ok) throw new Error(two.message);
      return two.value.store.notes;
    };
    expect(store(a, a2)).toEqual(store(a2, a));
    expect(store(a, a2)[0]!.text).toBe('baru');
  });

  it('the project schema accepts a file without reviews and keeps a merged store', () => {
    const bare = ProjectSchema.parse({});
    expect(bare.reviews).toBeUndefined();
    const once = importReview(undefined, review('rv-a', [note('a1')]), PROJECT);
    if (!once.ok) throw new Error(once.message);
    const withReviews = ProjectSchema.parse({ reviews: once.value.store });
    expect(withReviews.reviews).toEqual(once.value.store);
  });
});
