/**
 * Atomicity under SIGKILL: a child process saves a ~1.5 MB project in a loop and is killed at a
 * random moment, again and again. After every kill the file must open and validate — the old
 * version or the new one, never a mix — and temp files left behind must be cleaned by the next save.
 */
import { spawn } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { rolldown } from 'rolldown';
import { beforeAll, describe, expect, it } from 'vitest';
import { readProjectFile } from '../../../../electron/core/projectFile';
import { createProject } from '../../../../shared/model/envelope';
import { servicesIn, tempDir } from '../../helpers';

const KILLS = Number(process.env['RANCANG_KILLS'] ?? 300);
let saverJs = '';

beforeAll(async () => {
  // Bundle the child once so each start costs a plain `node` launch, not a TypeScript compile.
  const dir = await tempDir('rancang-kill-build-');
  saverJs = path.join(dir, 'saver.mjs');
  const bundle = await rolldown({ input: path.join(import.meta.dirname, 'saver.ts'), platform: 'node', logLevel: 'silent' });
  await bundle.write({ file: saverJs, format: 'esm' });
});

function bigProject() {
  const p = createProject({ title: 'Awal' });
  p.narrative.latarBelakang = 'Latar belakang yang panjang. '.repeat(6_000);
  p.milestones = Array.from({ length: 300 }, (_, i) => ({
    id: `m${i}`, horizon: 'PENDEK' as const, title: `Milestone ${i}`, activities: ['a', 'b'], start: '2022-03-15', end: '2022-03-20',
    output: 'Output', indicator: 'Indikator', evidence: ['Notulen'], picTeamId: null, stakeholderIds: [], budgetLineIds: [],
    status: 'PLANNED' as const, actualStart: null, actualEnd: null, achievementPct: null, notes: 'x'.repeat(1_900), attachmentIds: [],
  }));
  return p;
}

function runAndKill(dataDir: string, file: string, round: number, delayMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [saverJs, dataDir, file, String(round)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { err += String(d); });
    child.stdout.once('data', () => setTimeout(() => child.kill('SIGKILL'), delayMs));
    child.on('exit', (code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`saver exited ${code}: ${err}`))));
  });
}

describe('saving survives SIGKILL at any moment', () => {
  it(`leaves a readable, valid file after ${KILLS} kills`, async () => {
    const dir = await tempDir('rancang-kill-');
    const file = path.join(dir, 'proyek.rancang');
    const { services, dialogs } = await servicesIn(dir);
    dialogs.answer(file);
    const created = await services.saveProjectAs(bigProject(), 'proyek');
    expect(created.ok).toBe(true);
    const dataDir = path.join(dir, 'data');

    const titles = new Set<string>();
    let leftoverTemps = 0;
    for (let i = 0; i < KILLS; i++) {
      // Up to 150 ms: a save now also checks the file again and writes its backup durably.
      await runAndKill(dataDir, file, i, Math.floor(Math.random() * 150));
      const names = await fsp.readdir(dir);
      if (names.some((n) => n.endsWith('.tmp'))) leftoverTemps++;
      const r = await readProjectFile(file);
      if (!r.ok) throw new Error(`after kill ${i + 1}: ${r.code} ${r.message}`);
      titles.add(r.value.decoded.project.title);
    }
    console.log(`kill test: ${KILLS} kills, ${titles.size} distinct saved versions seen, ${leftoverTemps} kills landed mid-write (temp file left)`);
    // The kills must really have interrupted saves, or the test proves nothing.
    expect(leftoverTemps).toBeGreaterThan(KILLS / 20);
    expect(titles.size).toBeGreaterThan(KILLS / 4);
    // The next save cleans up what the killed writes left.
    const reopened = await services.openPath(file);
    expect(reopened.ok).toBe(true);
    if (!reopened.ok) return;
    expect((await services.saveProject(reopened.value.docId, reopened.value.project, true)).ok).toBe(true);
    expect((await fsp.readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, 600_000);
});
