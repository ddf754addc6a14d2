/**
 * Reads every project of a cohort through the same door as opening one file (size cap, strict
 * UTF-8, parse, migrate, validate: readProjectFile), several at a time within a memory budget,
 * and summarises each. A broken, hostile or foreign file becomes a row with its reason; it never
 * stops the rest.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { innovationProfile, type InnovationProfile } from '../../../shared/cohort/profile';
import { milestoneRows, summariseProject, type CohortMilestoneRow, type CohortRow } from '../../../shared/cohort/summary';
import { milestoneCodes } from '../../../shared/domain/milestoneCodes';
import { fail } from '../../../shared/errors';
import type { Fail } from '../../../shared/result';
import { readProjectFile } from '../projectFile';
import type { Project } from '../../../shared/model/types';
import { importReview } from '../../../shared/review/merge';
import { reviewsBeside } from '../review/reviewFile';

export interface CohortMember {
  ok: true;
  /** Path relative to the cohort folder, with forward slashes. */
  file: string;
  row: CohortRow;
  milestones: CohortMilestoneRow[];
  profile: InnovationProfile;
  /** Written by a newer app version: summarised, but shown as read-only. */
  future: boolean;
  /** Another file in the folder holds the same project (same id or same bytes). */
  duplicateOf: string | null;
  hash: string;
}

export interface CohortFailure {
  ok: false;
  file: string;
  code: Fail['code'];
  /** The Indonesian sentence, for the headless command and the spreadsheet (documents of record). */
  message: string;
  /** The failure itself, so a screen can word it in its own language. */
  failure: Fail;
}

export type CohortEntry = CohortMember | CohortFailure;

export interface ReadOptions {
  /** "YYYY-MM-DD" in the user's time zone, for late milestones. */
  today: string;
  /** Files read at the same time; the reads are I/O and parsing, two cores are enough for four. */
  concurrency?: number;
  /** Bytes of files being read at once; a 40 MB file waits until the others are done. */
  memoryBudget?: number;
  /** The app's cap on a project file (LIMITS.fileBytes unless the services were given another). */
  fileBytes?: number;
  onProgress?(done: number, total: number): void;
}

export async function readCohort(root: string, files: readonly string[], opts: ReadOptions): Promise<CohortEntry[]> {
  const concurrency = opts.concurrency ?? 4;
  const budget = opts.memoryBudget ?? 160 * 1024 * 1024;
  const entries: CohortEntry[] = new Array(files.length);
  let next = 0;
  let done = 0;
  let inFlight = 0;
  const waiters: Array<() => void> = [];
  const release = (n: number) => {
    inFlight -= n;
    waiters.splice(0).forEach((w) => w());
  };
  const reserve = async (n: number) => {
    // Always admit one file alone, however large (it is under the file cap), so nothing starves.
    while (inFlight > 0 && inFlight + n > budget) await new Promise<void>((r) => waiters.push(r));
    inFlight += n;
  };

  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const file = files[i]!;
      const size = await fileSize(file);
      await reserve(size);
      try {
        entries[i] = await readOne(root, file, opts.today, opts.fileBytes);
      } finally {
        release(size);
      }
      opts.onProgress?.(++done, files.length);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker));
  markDuplicates(entries);
  return entries;
}

async function readOne(root: string, file: string, today: string, fileBytes: number | undefined): Promise<CohortEntry> {
  const rel = path.relative(root, file).split(path.sep).join('/');
  try {
    const read = await readProjectFile(file, fileBytes);
    if (!read.ok) return { ok: false, file: rel, code: read.code, message: read.message, failure: read };
    const p = await withReviewsBeside(file, read.value.decoded.project);
    return {
      ok: true,
      file: rel,
      row: summariseProject(p, today),
      milestones: milestoneRows(p, milestoneCodes(p.milestones), today),
      profile: innovationProfile(p),
      future: read.value.decoded.future,
      duplicateOf: null,
      hash: read.value.hash,
    };
  } catch (e) {
    const f = fail('INTERNAL', { detail: e instanceof Error ? e.name : 'unknown' });
    return { ok: false, file: rel, code: f.code, message: f.message, failure: f };
  }
}

/** The project with the notes of the .ulasan files beside it merged in, as importing them would. */
async function withReviewsBeside(file: string, p: Project): Promise<Project> {
  const { reviews } = await reviewsBeside(file, p);
  let store = p.reviews;
  for (const r of reviews) {
    const merged = importReview(store, r, p);
    if (merged.ok) store = merged.value.store;
  }
  return store === p.reviews ? p : { ...p, reviews: store };
}

/** The second and later files of the same project (by id, or identical bytes) point to the first. */
function markDuplicates(entries: CohortEntry[]): void {
  const firstById = new Map<string, string>();
  const firstByHash = new Map<string, string>();
  for (const e of entries) {
    if (!e.ok) continue;
    const first = firstById.get(e.row.projectId) ?? firstByHash.get(e.hash);
    if (first !== undefined) e.duplicateOf = first;
    else {
      firstById.set(e.row.projectId, e.file);
      firstByHash.set(e.hash, e.file);
    }
  }
}

async function fileSize(file: string): Promise<number> {
  try {
    return (await fsp.stat(file)).size;
  } catch {
    return 0;
  }
}
