/**
 * Drafts of projects never saved to a file ("hot exit"): from the first edit, the renderer's
 * autosave writes the project to <data folder>/drafts/<draft id>.rancang (durably, as a normal
 * project envelope), so a crash or a closed window loses nothing; the start screen offers them back.
 * A draft is removed once the project is saved to a file or the user throws it away. The renderer
 * only ever names a draft by its id; main builds the path.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fail, failFor } from '../../shared/errors';
import type { DraftInfo } from '../../shared/ipc';
import { checkFileBudget } from '../../shared/domain/fileBudget';
import { LIMITS } from '../../shared/model/limits';
import { encodeProject } from '../../shared/model/envelope';
import { ID_PATTERN } from '../../shared/model/fields';
import type { Project } from '../../shared/model/types';
import { ok, type Result } from '../../shared/result';
import { writeFileDurably } from './durableWrite';
import { readProjectFile } from './projectFile';

/** More drafts than this and the oldest go: a draft is a rescue, not an archive. */
export const DRAFTS_KEPT = 10;

export class DraftStore {
  private readonly dir: string;

  constructor(
    dataDir: string,
    private readonly meta: { appVersion: string; installId: string; now: () => Date },
    /** The file cap a draft must fit, as every project file. */
    private readonly fileBytes: number = LIMITS.fileBytes,
  ) {
    this.dir = path.join(dataDir, 'drafts');
  }

  private fileOf(draftId: string): string | null {
    return ID_PATTERN.test(draftId) ? path.join(this.dir, `${draftId}.rancang`) : null;
  }

  async save(draftId: string, project: Project): Promise<Result<null>> {
    const file = this.fileOf(draftId);
    if (!file) return failFor('BAD_ARGS', 'DRAFT_UNKNOWN');
    const over = checkFileBudget(project, this.fileBytes);
    if (over) return over;
    try {
      await fsp.mkdir(this.dir, { recursive: true });
      await writeFileDurably(file, encodeProject(project, { ...this.meta, savedAt: this.meta.now().toISOString() }));
      await this.prune();
    } catch (e) {
      return fail('WRITE_FAILED', { detail: (e as Error).message });
    }
    return ok(null);
  }

  async list(): Promise<Result<DraftInfo[]>> {
    const names = await fsp.readdir(this.dir).catch(() => [] as string[]);
    const drafts: DraftInfo[] = [];
    for (const name of names) {
      if (!name.endsWith('.rancang')) continue;
      const draftId = name.slice(0, -'.rancang'.length);
      const r = await readProjectFile(path.join(this.dir, name), this.fileBytes);
      // A draft that cannot be read is left where it is (it may still be rescued by hand).
      if (!r.ok || !ID_PATTERN.test(draftId)) continue;
      drafts.push({ draftId, title: r.value.decoded.project.title, programme: r.value.decoded.project.programme.code, savedAt: r.value.decoded.savedAt });
    }
    return ok(drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt)));
  }

  async read(draftId: string): Promise<Result<Project>> {
    const file = this.fileOf(draftId);
    if (!file) return failFor('BAD_ARGS', 'DRAFT_UNKNOWN');
    const r = await readProjectFile(file, this.fileBytes);
    return r.ok ? ok(r.value.decoded.project) : r;
  }

  async discard(draftId: string): Promise<Result<null>> {
    const file = this.fileOf(draftId);
    if (!file) return failFor('BAD_ARGS', 'DRAFT_UNKNOWN');
    await fsp.rm(file, { force: true });
    return ok(null);
  }

  private async prune(): Promise<void> {
    const listed = await this.list();
    if (!listed.ok) return;
    for (const old of listed.value.slice(DRAFTS_KEPT)) await this.discard(old.draftId);
  }
}
