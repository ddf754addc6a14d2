/**
 * The review file (`<Proyek>.ulasan`): a self-describing envelope around one reviewer's notes.
 *
 *   { format: "rancang-perubahan-ulasan", schemaVersion, app: { name, version }, savedAt, review }
 *
 * decodeReviewText is the one door every review file comes through, like decodeProjectText for
 * projects: bytes are hostile until parsed, shape-counted and rebuilt from the schema.
 */
import { z } from 'zod';
import { fail } from '../errors';
import { notice, type Notice } from '../i18n/notices';
import { ok, type Result } from '../result';
import { describeIssue } from '../model/issueMessages';
import { jsonShapeProblem } from '../model/jsonShape';
import { findJsonSyntaxProblem } from '../model/jsonSyntax';
import { ReviewSchema } from './schema';
import type { Review } from './types';

export const REVIEW_FORMAT = 'rancang-perubahan-ulasan';
export const REVIEW_EXTENSION = 'ulasan';
/** Format of the review file; a step and a fixture are added whenever it changes. */
export const REVIEW_SCHEMA_VERSION = 1;

const HeaderSchema = z.object({
  format: z.literal(REVIEW_FORMAT),
  schemaVersion: z.number().int().min(1).max(1_000_000),
  app: z.object({ name: z.string().max(100).default(''), version: z.string().max(40).default('') }).prefault({}),
  savedAt: z.string().max(40).default(''),
});

export interface DecodedReview {
  review: Review;
  fileVersion: number;
  /** Written by a newer app: shown and importable, never written over. */
  future: boolean;
  savedAt: string;
  notices: Notice[];
}

export function encodeReview(review: Review, meta: { appVersion: string; savedAt: string }): string {
  const envelope = {
    format: REVIEW_FORMAT,
    schemaVersion: REVIEW_SCHEMA_VERSION,
    app: { name: 'Rancang Perubahan', version: meta.appVersion },
    savedAt: meta.savedAt,
    review,
  };
  return JSON.stringify(envelope);
}

/**
 * Bytes of a review file → the review, or a Fail with a code. With `expected`, a review of
 * another project is refused with a message naming both projects.
 */
export function decodeReviewText(raw: string, expected?: { id: string; title: string }): Result<DecodedReview> {
  const notices: Notice[] = [];
  let text = raw;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    notices.push(notice('BOM_IGNORED'));
  }
  if (text.trim() === '') return fail('EMPTY_FILE');
  if (text.includes('\u0000')) return fail('NUL_BYTES');
  if (jsonShapeProblem(text)) return fail('INVALID_REVIEW', { detail: 'struktur berkas terlalu dalam atau terlalu besar' });

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const problem = findJsonSyntaxProblem(text) ?? { kind: 'unexpected' as const, line: 1, column: 1, found: text[0] ?? '' };
    if (problem.kind === 'end') return fail('TRUNCATED', { line: problem.line, column: problem.column });
    return fail('NOT_JSON', { line: problem.line, column: problem.column, found: JSON.stringify(problem.found).slice(1, -1) });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('NOT_REVIEW');
  const envelope = data as Record<string, unknown>;
  if (envelope['format'] !== REVIEW_FORMAT) return fail('NOT_REVIEW');
  const header = HeaderSchema.safeParse(envelope);
  if (!header.success) return fail('INVALID_REVIEW', { detail: header.error.issues.slice(0, 1).map(describeIssue)[0] ?? '' });
  const fileVersion = header.data.schemaVersion;
  const future = fileVersion > REVIEW_SCHEMA_VERSION;

  const parsed = ReviewSchema.safeParse(envelope['review'], { reportInput: true });
  if (!parsed.success) {
    if (future) return fail('FUTURE_VERSION_UNREADABLE', { version: fileVersion });
    const details = parsed.error.issues.slice(0, 8).map(describeIssue);
    return fail('INVALID_REVIEW', { detail: details[0] ?? '' }, details);
  }
  const review = withOwnNotesOnly(parsed.data);
  if (expected && review.project.id !== expected.id) {
    return fail('REVIEW_OTHER_PROJECT', { fileProject: review.project.title || review.project.id, project: expected.title || expected.id });
  }
  if (future) notices.push(notice('REVIEW_FUTURE_VERSION', { version: fileVersion }));
  return ok({ review, fileVersion, future, savedAt: header.data.savedAt, notices });
}

/**
 * A review file speaks for its one reviewer: every note in it is that reviewer's, whatever a
 * note claims, and a repeated note id keeps its first note only (ids are the merge key).
 */
function withOwnNotesOnly(review: Review): Review {
  const seen = new Set<string>();
  const notes = review.notes.filter((n) => (seen.has(n.id) ? false : (seen.add(n.id), true))).map((n) => ({ ...n, reviewerId: review.reviewer.id }));
  const sections = new Set<string>();
  const sectionVerdicts = review.sectionVerdicts.filter((v) => (sections.has(v.sectionId) ? false : (sections.add(v.sectionId), true)));
  return { ...review, notes, sectionVerdicts };
}
