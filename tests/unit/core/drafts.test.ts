/** Drafts of never-saved projects in the data folder: named by id only, read back whole, pruned. */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRAFTS_KEPT, DraftStore } from '../../../electron/core/drafts';
import { createProject } from '../../../shared/model/envelope';
import { tempDir } from '../helpers';

describe('draft store', () => {
  it('keeps, lists (newest first), reads back and discards drafts', async () => {
    const dir = await tempDir();
    let t = Date.parse('2026-12-01T21:00:00Z');
    const drafts = new DraftStore(dir, { appVersion: 't', installId: 'install-1', now: () => new Date((t += 1000)) });
    expect((await drafts.save('draft-a', createProject({ title: 'Satu' }))).ok).toBe(true);
    expect((await drafts.save('draft-b', createProject({ title: 'Dua' }))).ok).toBe(true);
    const listed = await drafts.list();
    expect(listed.ok && listed.value.map((d) => d.title)).toEqual(['Dua', 'Satu']);
    const read = await drafts.read('draft-a');
    expect(read.ok && read.value.title).toBe('Satu');
    await drafts.discard('draft-a');
    const after = await drafts.list();
    expect(after.ok && after.value.map((d) => d.draftId)).toEqual(['draft-b']);
  });

  it('never builds a path from anything but an id', async () => {
    const dir = await tempDir();
    const drafts = new DraftStore(dir, { appVersion: 't', installId: 'install-1', now: () => new Date() });
    for (const bad of ['../x', 'a/b', '', 'x'.repeat(65)]) {
      expect((await drafts.save(bad, createProject())).ok).toBe(false);
      expect((await drafts.read(bad)).ok).toBe(false);
    }
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it(`keeps at most ${DRAFTS_KEPT}, dropping the oldest`, async () => {
    const dir = await tempDir();
    let t = 0;
    const drafts = new DraftStore(dir, { appVersion: 't', installId: 'install-1', now: () => new Date(Date.UTC(2026, 0, 1) + (t += 1000)) });
    for (let i = 0; i < DRAFTS_KEPT + 3; i++) await drafts.save(`draft-${i}`, createProject({ title: `P${i}` }));
    const names = await fsp.readdir(path.join(dir, 'drafts'));
    expect(names).toHaveLength(DRAFTS_KEPT);
    expect(names).not.toContain('draft-0.rancang');
  });
});
