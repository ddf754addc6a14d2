/**
 * lowdb adapter for one .rancang file. lowdb's own JSONFile adapter writes without fsync, keeps
 * no backup and turns a corrupt file into an exception after the fact; this one reads through the
 * hostile-file decoder and writes durably, refusing to overwrite changes made by someone else.
 */
import * as fsp from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { encodeProject, type DecodedProject, type EncodeMeta } from '../../shared/model/envelope';
import { LIMITS } from '../../shared/model/limits';
import type { Project } from '../../shared/model/types';
import type { Fail } from '../../shared/result';
import type { VersionInfo } from '../../shared/model/versions';
import { backupPrevious } from './backups';
import { removeStaleTemps, writeFileDurably, WriteConflict, type FsOps } from './durableWrite';
import { readProjectFile, sha256 } from './projectFile';

export interface StoredProject {
  project: Project;
}

/**
 * A frozen version as main holds it: what the list shows, the project (null if damaged) and its
 * JSON as the UTF-8 bytes the file holds. A version never changes, so those bytes are made once
 * and copied into every save (encoding ten versions' text again took most of a save's CPU time).
 */
export interface StoredVersion {
  info: VersionInfo;
  project: Project | null;
  utf8: Buffer;
  /** utf8.length, counted once. */
  bytes: number;
}

export function storedVersion(info: VersionInfo, project: Project | null, raw: unknown): StoredVersion {
  const utf8 = Buffer.from(JSON.stringify(raw), 'utf8');
  return { info, project, utf8, bytes: utf8.length };
}

const VERSIONS_OPEN = Buffer.from(',"versions":[', 'utf8');
const COMMA = Buffer.from(',', 'utf8');
const VERSIONS_CLOSE = Buffer.from(']}', 'utf8');

/**
 * The file's bytes: exactly what encodeProject(project, meta, versions' JSON) gives, encoded as
 * UTF-8 (tests/unit/core/fileBytes.test.ts holds the two together), with the versions' bytes
 * copied in rather than made from text again.
 */
export function fileBytes(project: Project, meta: EncodeMeta, versions: readonly StoredVersion[]): Buffer {
  const text = encodeProject(project, meta);
  if (!versions.length) return Buffer.from(text, 'utf8');
  const parts: Buffer[] = [Buffer.from(text.slice(0, -1), 'utf8'), VERSIONS_OPEN];
  versions.forEach((v, i) => {
    if (i) parts.push(COMMA);
    parts.push(v.utf8);
  });
  parts.push(VERSIONS_CLOSE);
  return Buffer.concat(parts);
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

/** Thrown by write(): the file was deleted (or moved) outside the app; it is not silently recreated. */
export class ProjectGoneError extends Error {
  constructor() {
    super('FILE_GONE');
  }
}

/** Thrown by write(): the project would be larger than a file may be (LIMITS.fileBytes), mostly pictures. */
export class ProjectTooLargeError extends Error {
  constructor(
    readonly bytes: number,
    readonly pictureBytes: number,
    readonly versionBytes: number,
  ) {
    super('TOO_LARGE');
  }
}

/** Thrown by write(): the file's permissions say read-only (0444); it is not saved over. */
export class ProjectReadOnlyFileError extends Error {
  constructor() {
    super('FILE_READ_ONLY');
  }
}

export interface ProjectAdapterOptions {
  dataDir: string;
  appVersion: string;
  installId: string;
  now: () => Date;
  /** The file cap (default LIMITS.fileBytes): a file over it is neither opened nor written. */
  fileBytes?: number;
  ops?: FsOps;
  /** Tests land another writer's change between the first check and the inode check. */
  beforeRename?: () => Promise<void>;
  /** Tests land another writer's change after the last check, immediately before the rename. */
  atRename?: () => Promise<void>;
}

export class ProjectFileAdapter implements Adapter<StoredProject> {
  /** Hash of the bytes this document last read or wrote; null for a file we have not read. */
  expectedHash: string | null = null;
  /** Metadata of the last successful read. */
  lastRead: DecodedProject | null = null;
  lastSavedAt: Date | null = null;
  /** Set for one write that the user explicitly chose to overwrite (conflict dialog, save-as over a file). */
  overwriteOnce = false;
  /** Why the last write's backup could not be made (the project itself was saved), or null. */
  backupProblem: unknown = null;
  /** The frozen versions inside the file, by sequence; written with every save. */
  versions: StoredVersion[] = [];

  constructor(
    readonly file: string,
    private readonly opts: ProjectAdapterOptions,
  ) {}

  async read(): Promise<StoredProject | null> {
    const r = await readProjectFile(this.file, this.opts.fileBytes);
    if (!r.ok) throw new ProjectReadError(r);
    this.expectedHash = r.value.hash;
    this.lastRead = r.value.decoded;
    this.lastSavedAt = r.value.mtime;
    this.versions = r.value.decoded.versions.map((v) => storedVersion(v.info, v.project, v.raw));
    return { project: r.value.decoded.project };
  }

  async write(data: StoredProject): Promise<void> {
    const overwrite = this.overwriteOnce;
    this.overwriteOnce = false;
    const current = await readIfExists(this.file);
    if (current === null && this.expectedHash !== null && !overwrite) throw new ProjectGoneError();
    const currentHash = current === null ? null : sha256(current);
    if (current !== null && !overwrite && currentHash !== this.expectedHash) throw new ProjectConflictError();
    if (current !== null && (await isReadOnlyFile(this.file))) throw new ProjectReadOnlyFileError();
    const now = this.opts.now();
    const bytes = fileBytes(data.project, { appVersion: this.opts.appVersion, installId: this.opts.installId, savedAt: now.toISOString() }, this.versions);
    // The cap every open enforces is enforced at save too: a file this app writes always reopens.
    if (bytes.length > (this.opts.fileBytes ?? LIMITS.fileBytes))
      throw new ProjectTooLargeError(
        bytes.length,
        data.project.attachments.reduce((n, a) => n + a.data.length, 0),
        versionBytes(this.versions),
      );
    // The backup is a courtesy: a full or read-only data folder must never stop the project itself
    // from being saved (its own disk may have room). The problem is reported with the save.
    this.backupProblem = null;
    // It is written while the new file's temp is written and synced (two syncs in flight, not one
    // after the other), and finished before the rename: the old version is in the backups before
    // the path holds the new one, as when it was written first.
    const backup: Promise<unknown> =
      current === null
        ? Promise.resolve()
        : backupPrevious(this.opts.dataDir, this.file, current, now).catch((e: unknown) => {
            this.backupProblem = e;
          });
    const beforeRename = this.opts.beforeRename;
    try {
      await removeStaleTemps(this.file);
      await writeFileDurably(this.file, bytes, {
        ...(this.opts.ops ? { ops: this.opts.ops } : {}),
        beforeRename: async () => {
          await backup;
          await beforeRename?.();
        },
        ...(this.opts.atRename ? { atRename: this.opts.atRename } : {}),
        // Checked again right before the rename, and compared with what the rename replaced.
        expectHash: currentHash,
        ...(current === null ? {} : { expectBytes: current }),
      });
    } catch (e) {
      // Whatever failed, the backup has finished (or failed) before the write reports.
      await backup;
      if (!(e instanceof WriteConflict)) throw e;
      // Our bytes replaced the version we had checked, but another program's change met them in
      // the last moment: what of its version could be read goes with the backups, and the
      // conflict is reported, so nothing is lost unseen.
      if (e.written) this.expectedHash = sha256(bytes);
      if (e.replaced) await backupPrevious(this.opts.dataDir, this.file, e.replaced, now).catch(() => undefined);
      throw new ProjectConflictError();
    }
    this.expectedHash = sha256(bytes);
    this.lastSavedAt = now;
  }
}

async function isReadOnlyFile(file: string): Promise<boolean> {
  const st = await fsp.stat(file).catch(() => null);
  return st !== null && process.platform !== 'win32' ? (st.mode & 0o222) === 0 : false;
}

async function readIfExists(file: string): Promise<Buffer | null> {
  try {
    return await fsp.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** Bytes the frozen versions take in the file (their JSON is ASCII but for names and texts). */
export const versionBytes = (versions: readonly StoredVersion[]) => versions.reduce((n, v) => n + v.bytes + 1, 0);
