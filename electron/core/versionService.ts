/**
 * The services behind "Bekukan versi" (frozen versions inside the file) and "Riwayat versi" (the
 * backups of the open file in the data folder). Every write goes through the document's own
 * adapter, in its queue, so a freeze or a restore is a save like any other: checked for conflicts,
 * the previous file kept as a backup, written durably.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fail } from '../../shared/errors';
import { checkSaveBudget } from '../../shared/domain/fileBudget';
import { compareProjects, summarizeDiff } from '../../shared/domain/compare/compareProjects';
import type { AppApi, BackupInfo, OpenedDocument, VersionsChanged } from '../../shared/ipc';
import { invalidAttachments, withoutAttachments } from '../../shared/model/envelope';
import type { Project } from '../../shared/model/types';
import { makeVersionRecord, nextVersionSeq, sortVersions, VERSION_LIMITS } from '../../shared/model/versions';
import { ok, type Fail, type Result } from '../../shared/result';
import { listBackupEntries } from './backups';
import { decodeBase64WithBuffer } from './base64';
import type { DocumentSession } from './documents';
import { writeFileDurably } from './durableWrite';
import { safeFileStem, withExtension } from './fileNames';
import type { Dialogs } from './ports';
import { storedVersion, versionBytes } from './projectAdapter';
import { readProjectFile } from './projectFile';

export interface VersionServiceDeps {
  dataDir: string;
  appVersion: string;
  dialogs: Dialogs;
  now: () => Date;
  /** The file cap the project and its frozen versions must fit together. */
  fileBytes: number;
  withSession<T>(docId: string, fn: (s: DocumentSession) => Promise<Result<T>>): Promise<Result<T>>;
  describe(s: DocumentSession): OpenedDocument;
  stamped(p: Project): Project;
  /** The failure a refused or failed write turns into (conflict, gone, read-only, disk). */
  writeFailure(e: unknown): Fail;
}

type VersionMethods = Pick<AppApi, 'freezeVersion' | 'readVersion' | 'deleteVersion' | 'listBackups' | 'readBackup' | 'restoreBackup' | 'saveBackupAs'>;

export function createVersionMethods(deps: VersionServiceDeps): VersionMethods {
  const changed = (s: DocumentSession): VersionsChanged => ({
    versions: s.adapter.versions.map((v) => v.info),
    savedAt: s.adapter.lastSavedAt!.toISOString(),
  });

  /** Writes the session's project and versions; on failure the versions are put back as they were. */
  const write = async (s: DocumentSession, previous: typeof s.adapter.versions): Promise<Fail | null> => {
    try {
      await s.db.write();
      return null;
    } catch (e) {
      s.adapter.versions = previous;
      return deps.writeFailure(e);
    }
  };

  /** The backup named by the id, looked up in the document's own backup folder (never a path from the renderer). */
  const backupPath = async (s: DocumentSession, backupId: string): Promise<string | null> => {
    const entries = await listBackupEntries(deps.dataDir, s.file);
    return entries.find((e) => e.name === `${backupId}.rancang`)?.path ?? null;
  };

  const readBackupProject = async (s: DocumentSession, backupId: string): Promise<Result<Project>> => {
    const file = await backupPath(s, backupId);
    if (!file) return fail('BACKUP_NOT_FOUND');
    const r = await readProjectFile(file, deps.fileBytes);
    return r.ok ? ok(r.value.decoded.project) : r;
  };

  return {
    freezeVersion: (docId, project, request) =>
      deps.withSession(docId, async (s) => {
        if (s.readOnlyReason) return fail('READ_ONLY');
        const previous = s.adapter.versions;
        if (previous.length >= VERSION_LIMITS.count) return fail('VERSION_LIMIT', { count: previous.length, limit: VERSION_LIMITS.count });
        const saved = deps.stamped(project);
        const record = makeVersionRecord(saved, request, {
          id: `ver-${randomBytes(6).toString('hex')}`,
          seq: nextVersionSeq(previous),
          frozenAt: deps.now().toISOString(),
          appVersion: deps.appVersion,
        });
        const next = sortVersions([...previous, storedVersion(record.info, record.project, record.raw)]);
        const over = checkSaveBudget(saved, versionBytes(next), deps.fileBytes);
        if (over) return over;
        s.adapter.versions = next;
        s.db.data = { project: saved };
        const failed = await write(s, previous);
        return failed ?? ok(changed(s));
      }),

    readVersion: (docId, versionId) =>
      deps.withSession(docId, async (s) => {
        const v = s.adapter.versions.find((x) => x.info.id === versionId);
        if (!v) return fail('VERSION_NOT_FOUND');
        if (!v.project) return fail('VERSION_DAMAGED');
        // Pictures are checked when a version is shown, not on every open of the file.
        const bad = invalidAttachments(v.project, decodeBase64WithBuffer);
        return ok(
          bad.length
            ? withoutAttachments(
                v.project,
                bad.map((b) => b.id),
              )
            : v.project,
        );
      }),

    deleteVersion: (docId, versionId) =>
      deps.withSession(docId, async (s) => {
        if (s.readOnlyReason) return fail('READ_ONLY');
        const previous = s.adapter.versions;
        if (!previous.some((v) => v.info.id === versionId)) return fail('VERSION_NOT_FOUND');
        s.adapter.versions = previous.filter((v) => v.info.id !== versionId);
        const failed = await write(s, previous);
        return failed ?? ok(changed(s));
      }),

    listBackups: (docId) =>
      deps.withSession(docId, async (s) => {
        const current = s.db.data.project;
        const entries = await listBackupEntries(deps.dataDir, s.file);
        const out: BackupInfo[] = [];
        for (const e of entries.reverse()) {
          const r = await readProjectFile(e.path, deps.fileBytes);
          out.push({
            backupId: e.name.replace(/\.rancang$/, ''),
            madeAt: new Date(e.time).toISOString(),
            bytes: e.bytes,
            summary: r.ok ? summarizeDiff(compareProjects(r.value.decoded.project, current)) : null,
          });
        }
        return ok(out);
      }),

    readBackup: (docId, backupId) => deps.withSession(docId, (s) => readBackupProject(s, backupId)),

    restoreBackup: (docId, backupId) =>
      deps.withSession(docId, async (s) => {
        if (s.readOnlyReason) return fail('READ_ONLY');
        const r = await readBackupProject(s, backupId);
        if (!r.ok) return r;
        // The frozen versions stay those of the file now: a backup brings back the project, and
        // the file being replaced becomes a backup itself (the adapter keeps it before writing).
        const over = checkSaveBudget(r.value, versionBytes(s.adapter.versions), deps.fileBytes);
        if (over) return over;
        const before = s.db.data;
        s.db.data = { project: deps.stamped(r.value) };
        try {
          await s.db.write();
        } catch (e) {
          s.db.data = before;
          return deps.writeFailure(e);
        }
        return ok(deps.describe(s));
      }),

    saveBackupAs: (docId, backupId) =>
      deps.withSession(docId, async (s) => {
        const file = await backupPath(s, backupId);
        if (!file) return fail('BACKUP_NOT_FOUND');
        const stem = `${path.basename(s.file, path.extname(s.file))} (${backupId.slice(0, 16).replace('T', ' ')})`;
        const chosen = await deps.dialogs.chooseProjectSavePath(`${safeFileStem(stem)}.rancang`);
        if (!chosen) return ok(null);
        const target = withExtension(chosen, 'rancang');
        try {
          await writeFileDurably(target, await fsp.readFile(file));
        } catch (e) {
          return deps.writeFailure(e);
        }
        return ok({ fileName: path.basename(target), folder: path.dirname(target) });
      }),
  };
}
