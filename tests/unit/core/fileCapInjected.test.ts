/**
 * The file cap is a dependency of the services (ServiceDeps.limits, default LIMITS.fileBytes), so
 * a test can reach it with small files. The same cap must then hold everywhere a project file is
 * read or written: save, save as, drafts, opening, a cohort's files, and what main tells the picture
 * budget.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject, encodeProject } from '../../../shared/model/envelope';
import { LIMITS } from '../../../shared/model/limits';
import type { Project } from '../../../shared/model/types';
import { servicesIn, tempDir } from '../helpers';

const CAP = 200 * 1024;

/** A project padded with text past the given size (text, not pictures: the cap is about bytes). */
const padded = (p: Project, bytes: number): Project => ({ ...p, narrative: { ...p.narrative, latarBelakang: 'x'.repeat(bytes) } });

describe('an injected file cap', () => {
  it('is the cap of every save, every open and the picture budget', async () => {
    const dir = await tempDir();
    const { services, dialogs } = await servicesIn(dir, { limits: { fileBytes: CAP } });
    const info = await services.appInfo();
    expect(info.ok && info.value.fileBytes).toBe(CAP);

    const file = path.join(dir, 'kecil.rancang');
    dialogs.answer(file);
    const made = await services.saveProjectAs(createProject({ title: 'Kecil' }), 'kecil');
    if (!made.ok || !made.value) throw new Error('not created');
    const before = await fsp.readFile(file);

    const big = padded(made.value.project, CAP);
    const saved = await services.saveProject(made.value.docId, big, false);
    expect(saved.ok || saved.code).toBe('PROJECT_TOO_LARGE');
    expect(saved.ok || saved.message).toMatch(/batas berkas 0,2 MB/);
    expect(await fsp.readFile(file)).toEqual(before);
    const asNew = await services.saveProjectAs(big, 'besar');
    expect(asNew.ok || asNew.code).toBe('PROJECT_TOO_LARGE');
    const draft = await services.saveDraft('draft-abc123', big);
    expect(draft.ok || draft.code).toBe('PROJECT_TOO_LARGE');

    // A file over the cap, written by someone else, is not opened.
    const other = path.join(dir, 'besar.rancang');
    await fsp.writeFile(other, encodeProject(big, { appVersion: 'x', installId: 'lain', savedAt: '2026-01-01T00:00:00.000Z' }));
    const opened = await services.openPath(other);
    expect(opened.ok || opened.code).toBe('TOO_LARGE');

    // The same file in a cohort folder is a failed row, and the one under the cap is read.
    const kelas = path.join(dir, 'kelas');
    await fsp.mkdir(kelas);
    await fsp.copyFile(other, path.join(kelas, 'besar.rancang'));
    await fsp.copyFile(file, path.join(kelas, 'kecil.rancang'));
    Object.assign(dialogs, { chooseCohortFolder: () => Promise.resolve(kelas) });
    const cohort = await services.openCohort();
    if (!cohort.ok || !cohort.value) throw new Error('the cohort did not open');
    expect(cohort.value.failures.map((f) => [f.file, f.failure.code])).toEqual([['besar.rancang', 'TOO_LARGE']]);
    expect(cohort.value.members.map((m) => m.file)).toEqual(['kecil.rancang']);
  });

  it('defaults to the app limit', async () => {
    const { services } = await servicesIn(await tempDir());
    const info = await services.appInfo();
    expect(info.ok && info.value.fileBytes).toBe(LIMITS.fileBytes);
  });
});
