/** The review services over real temp files: reviewer identity, saving beside the project, importing. */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeReviewText, encodeReview, REVIEW_SCHEMA_VERSION } from '../../../shared/review/envelope';
import { REVIEW_LIMITS } from '../../../shared/review/limits';
import { failText } from '../../../shared/errors';
import type { Review } from '../../../shared/review/types';
import { SAMPLE, servicesIn, tempDir } from '../helpers';

async function participantCopy(dir: string) {
  const file = path.join(dir, 'SIPANTAU.rancang');
  await fsp.copyFile(SAMPLE, file);
  return file;
}

async function reviewerSession(dir: string, name = 'Dr. Rahmat Hidayat') {
  const file = await participantCopy(dir);
  const { services, dialogs } = await servicesIn(dir);
  const doc = await services.openPath(file);
  if (!doc.ok) throw new Error(doc.message);
  const reviewer = await services.setReviewer({ name, role: 'MENTOR', nip: '197001012000031001' });
  if (!reviewer.ok) throw new Error(reviewer.message);
  const project = doc.value.project;
  const review: Review = {
    project: { id: project.id, title: project.title },
    reviewer: reviewer.value,
    notes: [
      {
        id: 'nt-1',
        reviewerId: reviewer.value.id,
        target: { type: 'SECTION', sectionId: 'latar-belakang' },
        kind: 'PERLU_PERBAIKAN',
        text: 'Data dasar perlu sumber.',
        quote: '',
        source: 'APP',
        createdAt: '2026-03-01T08:00:00.000Z',
        updatedAt: '2026-03-01T08:00:00.000Z',
        seq: 1,
        status: 'OPEN',
        statusAt: '',
        answers: [],
      },
    ],
    sectionVerdicts: [{ sectionId: 'latar-belakang', verdict: 'PERLU_PERBAIKAN', updatedAt: '2026-03-01T08:00:00.000Z' }],
  };
  return { file, services, dialogs, doc: doc.value, review, reviewer: reviewer.value };
}

describe('review services', () => {
  it('saves the review beside the project, never touching the project file, and finds it again', async () => {
    const dir = await tempDir();
    const { file, services, doc, review } = await reviewerSession(dir);
    expect(doc.readOnly).toBe(true);
    const before = await fsp.readFile(file);
    const saved = await services.saveReview(doc.docId, review);
    expect(saved.ok && saved.value.fileName).toBe('SIPANTAU.ulasan');
    expect(await fsp.readFile(file)).toEqual(before);
    const onDisk = decodeReviewText(await fsp.readFile(path.join(dir, 'SIPANTAU.ulasan'), 'utf8'));
    expect(onDisk.ok && onDisk.value.review.notes.map((n) => n.text)).toEqual(['Data dasar perlu sumber.']);
    const again = await services.loadOwnReview(doc.docId);
    expect(again.ok && again.value?.review.notes.length).toBe(1);
    expect((await fsp.readdir(dir)).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('keeps the reviewer identity in settings with a stable id', async () => {
    const dir = await tempDir();
    const { services, reviewer } = await reviewerSession(dir);
    const renamed = await services.setReviewer({ name: 'Dr. Rahmat H.', role: 'MENTOR', nip: '' });
    expect(renamed.ok && renamed.value.id).toBe(reviewer.id);
    const { services: later } = await servicesIn(dir);
    const kept = await later.getReviewer();
    expect(kept.ok && kept.value?.name).toBe('Dr. Rahmat H.');
  });

  it('a second reviewer’s file does not overwrite the first one’s', async () => {
    const dir = await tempDir();
    const first = await reviewerSession(dir);
    await first.services.saveReview(first.doc.docId, first.review);
    const { services: other } = await servicesIn(path.join(dir, 'other'));
    const doc = await other.openPath(first.file);
    if (!doc.ok) throw new Error(doc.message);
    const coach = await other.setReviewer({ name: 'Siti Aminah', role: 'COACH', nip: '' });
    if (!coach.ok) throw new Error(coach.message);
    const saved = await other.saveReview(doc.value.docId, { ...first.review, reviewer: coach.value, notes: [] });
    expect(saved.ok && saved.value.fileName).toBe('SIPANTAU - Siti Aminah.ulasan');
    const firstOnDisk = decodeReviewText(await fsp.readFile(path.join(dir, 'SIPANTAU.ulasan'), 'utf8'));
    expect(firstOnDisk.ok && firstOnDisk.value.review.reviewer.name).toBe('Dr. Rahmat Hidayat');
  });

  it('refuses to save a review signed by someone other than the reviewer set here, worded in both languages', async () => {
    const dir = await tempDir();
    const { services, doc, review } = await reviewerSession(dir);
    const forged = { ...review, reviewer: { ...review.reviewer, id: 'rv-lain', name: 'Orang Lain' } };
    const saved = await services.saveReview(doc.docId, forged);
    expect(saved.ok || saved.code).toBe('BAD_ARGS');
    expect(saved.ok || failText(saved, 'id')).toMatch(/pengulas lain/);
    expect(saved.ok || failText(saved, 'en')).toBe(
      'Invalid request to the main process (the review is signed by another reviewer than the one set in this app).',
    );
    await expect(fsp.access(path.join(dir, 'SIPANTAU.ulasan'))).rejects.toThrow();
  });

  it('imports a review chosen in the dialog, refuses another project’s naming both, quarantines a damaged one', async () => {
    const dir = await tempDir();
    const { services, dialogs, doc, review } = await reviewerSession(dir);
    const good = path.join(dir, 'mentor.ulasan');
    await fsp.writeFile(good, encodeReview(review, { appVersion: 't', savedAt: '2026-03-01T09:00:00.000Z' }));
    dialogs.answer(good);
    const imported = await services.importReviewFile(doc.docId);
    expect(imported.ok && imported.value?.review.notes.length).toBe(1);

    const other = path.join(dir, 'lain.ulasan');
    await fsp.writeFile(other, encodeReview({ ...review, project: { id: 'prj-lain', title: 'SIMANIS' } }, { appVersion: 't', savedAt: '' }));
    dialogs.answer(other);
    const refused = await services.importReviewFile(doc.docId);
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.code).toBe('REVIEW_OTHER_PROJECT');
      expect(refused.message).toContain('SIMANIS');
      expect(refused.message).toContain(doc.project.title);
    }

    const broken = path.join(dir, 'rusak.ulasan');
    await fsp.writeFile(broken, '{"format":"rancang-perubahan-ulasan","schemaVersion":1,"review":{"project":{"id":"x"');
    dialogs.answer(broken);
    const damaged = await services.importReviewFile(doc.docId);
    expect(damaged.ok).toBe(false);
    const quarantined = await fsp.readdir(path.join(dir, 'data', 'quarantine'));
    expect(quarantined.some((n) => n.endsWith('rusak.ulasan'))).toBe(true);
    expect(await fsp.readFile(broken, 'utf8')).toContain('rancang-perubahan-ulasan');
  });

  it('refuses a review file over the size limit before reading it', async () => {
    const dir = await tempDir();
    const { services, dialogs, doc } = await reviewerSession(dir);
    const big = path.join(dir, 'besar.ulasan');
    await fsp.writeFile(big, Buffer.alloc(REVIEW_LIMITS.fileBytes + 1, 0x20));
    dialogs.answer(big);
    const r = await services.importReviewFile(doc.docId);
    expect(!r.ok && r.code).toBe('TOO_LARGE');
  });

  it('opens a newer-version review file read-only: shown, never written over', async () => {
    const dir = await tempDir();
    const { services, doc, review } = await reviewerSession(dir);
    const env = JSON.parse(encodeReview(review, { appVersion: 't', savedAt: '' }));
    env.schemaVersion = REVIEW_SCHEMA_VERSION + 1;
    const target = path.join(dir, 'SIPANTAU.ulasan');
    await fsp.writeFile(target, JSON.stringify(env));
    const loaded = await services.loadOwnReview(doc.docId);
    expect(loaded.ok && loaded.value?.future).toBe(true);
    const saved = await services.saveReview(doc.docId, review);
    expect(!saved.ok && saved.code).toBe('REVIEW_FUTURE_READ_ONLY');
    expect(JSON.parse(await fsp.readFile(target, 'utf8')).schemaVersion).toBe(REVIEW_SCHEMA_VERSION + 1);
  });
});
