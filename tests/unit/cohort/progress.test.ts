/**
 * Opening a class folder tells the window how far the reading has come: counts that only grow,
 * a last message that says every project file was read, and no more messages than the throttle allows.
 */
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CohortProgress } from '../../../shared/ipc';
import { SAMPLE, servicesIn } from '../helpers';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => fsp.rm(d, { recursive: true, force: true })));
});

describe('cohort reading progress', () => {
  it('counts the project files read, up to all of them, in order', async () => {
    const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'rancang-progress-'));
    dirs.push(dir);
    const folder = path.join(dir, 'kelas');
    await fsp.mkdir(path.join(folder, 'kelompok-2'), { recursive: true });
    const names = ['a.rancang', 'b.rancang', 'c.rancang', 'kelompok-2/d.rancang', 'kelompok-2/e.rancang'];
    for (const n of names) await fsp.copyFile(SAMPLE, path.join(folder, n));
    await fsp.writeFile(path.join(folder, 'catatan.txt'), 'bukan proyek');
    const seen: CohortProgress[] = [];
    const { services } = await servicesIn(dir, {
      dialogs: { ...(await servicesIn(dir)).dialogs, chooseCohortFolder: () => Promise.resolve(folder) } as never,
      onCohortProgress: (p) => seen.push(p),
    });
    const r = await services.openCohort();
    expect(r.ok && r.value?.members.length).toBe(names.length);
    expect(seen.at(-1)).toEqual({ done: names.length, total: names.length });
    expect(seen.every((p) => p.total === names.length && p.done >= 1 && p.done <= p.total)).toBe(true);
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    // Throttled: never more messages than files, and the first and last are always sent.
    expect(seen.length).toBeGreaterThanOrEqual(1);
    expect(seen.length).toBeLessThanOrEqual(names.length);
  });
});
