/**
 * lowdb adapter for one .rancang file. lowdb's own JSONFile adapter writes without fsync, keeps
 * no backup and turns a corrupt file into an exception after the fact; this one reads through the
 * hostile-file decoder and writes durably, refusing to overwrite changes made by someone else.
 */
import * as fsp from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { encodeProject, type DecodedProject } from '../../shared/model/envelope';
import type { Project } from '../../shared/model/types';
import type { Fail } from '../../shared/result';
import { backupPrevious } from './backups';
import { removeStaleTemps, writeFileDurably, type FsOps } from './durableWrite';
import { readProjectFile, sha256 } from './projectFile';

export interface StoredProject {
  project: Project;
}

/** Thrown by read(): the file could not be used; carries the user-facing failure. */
export class ProjectReadError extends Error {
  constructor(readonly failure: Fail) {
    super(failure.message);
  }
}

/** Thrown by write(): the file on disk is not the one we read or last wrote. */
export class ProjectConflictError extends Error {
  constructor() {
    super('CONFLICT');
  }
}

export interface ProjectAdapterOptions {
  dataDir: string;
  appVersion: string;
  installId: string;
  now: () => Date;
  ops?: FsOps;
}

export class ProjectFileAdapter implements Adapter<StoredProject> {
  /** Hash of the bytes this document last read or wrote; null for a file we have not read. */
  expectedHash: string | null = null;
  /** Metadata of the last successful read. */
  lastRead: DecodedProject | null = null;
  lastSavedAt: Date | null = null;
  /** Set for one write that the user explicitly chose to overwrite (conflict dialog, save-as over a file). */
  overwriteOnce = false;

  constructor(readonly file: string, private readonly opts: ProjectAdapterOptions) {}

  async read(): Promise<StoredProject | null> {
    const r = await readProjectFile(this.file);
    if (!r.ok) throw new ProjectReadError(r);
    this.expectedHash = r.value.hash;
    this.lastRead = r.value.decoded;
    this.lastSavedAt = r.value.mtime;
    return { project: r.value.decoded.project };
  }

  async write(data: StoredProject): Promise<void> {
    const overwrite = this.overwriteOnce;
    this.overwriteOnce = false;
    const current = await readIfExists(this.file);
    if (current !== null && !overwrite && sha256(current) !== this.expectedHash) throw new ProjectConflictError();
    const now = this.opts.now();
    if (current !== null) await backupPrevious(this.opts.dataDir, this.file, current, now);
    const text = encodeProject(data.project, { appVersion: this.opts.appVersion, installId: this.opts.installId, savedAt: now.toISOString() });
    const bytes = Buffer.from(text, 'utf8');
    await removeStaleTemps(this.file);
    await writeFileDurably(this.file, bytes, this.opts.ops ? { ops: this.opts.ops } : {});
    this.expectedHash = sha256(bytes);
    this.lastSavedAt = now;
  }
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await fsp.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}
