/**
 * Reading and writing review files (`<Proyek>.ulasan`) on disk, with the project file's rules:
 * size cap before reading, strict UTF-8, the shared decoder, a quarantine copy of anything damaged,
 * and the durable write (temp → fsync → rename) for saving.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fail, failFor, type ErrorCode } from '../../../shared/errors';
import { decodeReviewText, encodeReview, REVIEW_EXTENSION, type DecodedReview } from '../../../shared/review/envelope';
import { REVIEW_LIMITS } from '../../../shared/review/limits';
import type { Review, Reviewer } from '../../../shared/review/types';
import { ok, type Result } from '../../../shared/result';
import { writeFileDurably } from '../durableWrite';
import { safeFileStem } from '../fileNames';
import { decodeUtf8, ioFail } from '../projectFile';
import { quarantineCopy } from '../quarantine';

/** Failures that mean the bytes are damaged or hostile: a copy is kept aside, the file never written to. */
const QUARANTINED: ReadonlySet<ErrorCode> = new Set([
  'EMPTY_FILE',
  'NUL_BYTES',
  'INVALID_UTF8',
  'TRUNCATED',
  'NOT_JSON',
  'INVALID_REVIEW',
  'FUTURE_VERSION_UNREADABLE',
]);

const mb = (n: number) => `${(n / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;

export interface ReviewFileContext {
  /** Where damaged files are copied; null for summaries that only count (the cohort table). */
  dataDir: string | null;
  now(): Date;
}

/** A review file read and checked against the project it must be about. */
export async function readReviewFile(file: string, project: { id: string; title: string } | undefined, ctx: ReviewFileContext): Promise<Result<DecodedReview>> {
  let bytes: Buffer;
  try {
    const stat = await fsp.stat(file);
    if (!stat.isFile()) return failFor('READ_FAILED', 'NOT_A_REGULAR_FILE');
    if (stat.size > REVIEW_LIMITS.fileBytes) return fail('TOO_LARGE', { size: mb(stat.size), limit: mb(REVIEW_LIMITS.fileBytes) });
    bytes = await fsp.readFile(file);
  } catch (e) {
    return ioFail(e, file);
  }
  if (bytes.length > REVIEW_LIMITS.fileBytes) return fail('TOO_LARGE', { size: mb(bytes.length), limit: mb(REVIEW_LIMITS.fileBytes) });
  const text = decodeUtf8(bytes);
  const decoded = text === null ? fail('INVALID_UTF8') : decodeReviewText(text, project);
  if (!decoded.ok && ctx.dataDir && QUARANTINED.has(decoded.code)) await quarantineCopy(ctx.dataDir, file, decoded, ctx.now());
  return decoded;
}

/**
 * Where a reviewer's file for a project goes: beside the project, `<Proyek>.ulasan`, unless that
 * name already holds another reviewer's file; then `<Proyek> - <Nama pengulas>.ulasan`, so two
 * mentors reviewing the same copy never overwrite each other.
 */
export async function reviewPathFor(
  projectFile: string,
  reviewer: Reviewer,
  ctx: ReviewFileContext,
): Promise<Result<{ file: string; existing: DecodedReview | null }>> {
  const folder = path.dirname(projectFile);
  const stem = safeFileStem(path.basename(projectFile, path.extname(projectFile)));
  const candidates = [`${stem}.${REVIEW_EXTENSION}`, `${stem} - ${safeFileStem(reviewer.name, reviewer.id)}.${REVIEW_EXTENSION}`];
  for (const name of candidates) {
    const file = path.join(folder, name);
    const exists = await fsp.stat(file).then(
      () => true,
      () => false,
    );
    if (!exists) return ok({ file, existing: null });
    const read = await readReviewFile(file, undefined, ctx);
    if (!read.ok) {
      if (name === candidates[candidates.length - 1]) return read;
      continue;
    }
    if (read.value.review.reviewer.id === reviewer.id) return ok({ file, existing: read.value });
  }
  return fail('REVIEW_OTHER_REVIEWER', { name: candidates[candidates.length - 1]! });
}

export async function writeReviewFile(file: string, review: Review, meta: { appVersion: string; savedAt: string }): Promise<void> {
  await writeFileDurably(file, encodeReview(review, meta));
}

/**
 * The review files beside a project that are about it: `<Proyek>.ulasan` and
 * `<Proyek> - <Pengulas>.ulasan`. Damaged, foreign or oversized ones are left out (counted only).
 */
export async function reviewsBeside(projectFile: string, project: { id: string; title: string }): Promise<{ reviews: Review[]; unreadable: number }> {
  const folder = path.dirname(projectFile);
  const stem = path.basename(projectFile, path.extname(projectFile));
  let names: string[];
  try {
    names = await fsp.readdir(folder);
  } catch {
    return { reviews: [], unreadable: 0 };
  }
  const mine = names.filter((n) => n.endsWith(`.${REVIEW_EXTENSION}`) && (n === `${stem}.${REVIEW_EXTENSION}` || n.startsWith(`${stem} - `)));
  const reviews: Review[] = [];
  let unreadable = 0;
  for (const name of mine.slice(0, 50)) {
    const read = await readReviewFile(path.join(folder, name), project, { dataDir: null, now: () => new Date() });
    if (read.ok) reviews.push(read.value.review);
    else unreadable++;
  }
  return { reviews, unreadable };
}
