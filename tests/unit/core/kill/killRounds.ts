/**
 * Atomicity under SIGKILL (the rounds; kill.test.ts and kill2.test.ts each run half of them, so
 * the two workers share the longest item of the unit run): a child process saves a ~1.5 MB
 * project in a loop and is killed at a random moment, again and again. The child says when each save begins and ends, so the test knows
 * for each kill whether it cut a save off mid-way; it counts only those, until KILLS saves have been
 * cut off. After every kill the file must open and validate and hold exactly the last version
 * finished or the one being written — never a mix, never an older one — and the temp files the
 * killed writes leave behind must be cleaned by the next save.
 */
import { execFile, spawn } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { rolldown, type Plugin } from 'rolldown';
import { expect } from 'vitest';
import { readProjectFile } from '../../../../electron/core/projectFile';
import { createProject } from '../../../../shared/model/envelope';
import { servicesIn, tempDir } from '../../helpers';

const execFileAsync = promisify(execFile);

/** Saves cut off in all, over the two files; RANCANG_KILLS changes it for a longer or shorter run. */
export const KILLS = Number(process.env['RANCANG_KILLS'] ?? 300);
/**
 * A hang guard, not a speed check: each round is a process start, a load and a check of ~1 MB,
 * and on a two-core machine shared by other work (load 15) 300 rounds went past 15 minutes.
 */
export const HANG_GUARD = 40 * 60_000;

/**
 * The document libraries of exports and imports (docx, exceljs: 3 of the 4.4 MB the services
 * bundle to) are never touched by opening or saving, yet parsing them was most of every child's
 * start, which the test pays hundreds of times. The child's bundle gets stand-ins that throw on
 * any use instead, so a save that ever needed them would fail here rather than pass unseen.
 */
const NOT_SAVING = /^(docx|exceljs)$/;
const notSaving: Plugin = {
  name: 'kill-test-not-saving',
  resolveId: (id) => (NOT_SAVING.test(id) ? `\0not-saving:${id}` : null),
  load(id) {
    if (!id.startsWith('\0not-saving:')) return null;
    const name = JSON.stringify(id.slice('\0not-saving:'.length));
    return `const used = (key) => () => { throw new Error(${name} + '.' + String(key) + ' used while saving'); };
module.exports = new Proxy({}, { get: (_, key) => (key === '__esModule' ? false : used(key)) });`;
  },
};

/**
 * The child bundled once per file, and a V8 startup snapshot of it (its modules evaluated, see
 * saver.ts): each start then costs a `node` launch from that heap, not a TypeScript compile nor the
 * compile and evaluation of the bundle, which were most of the child's CPU before its first save.
 */
async function bundledSaver(): Promise<string> {
  const dir = await tempDir('rancang-kill-build-');
  const saverJs = path.join(dir, 'saver.cjs');
  const blob = path.join(dir, 'saver.blob');
  const bundle = await rolldown({ input: path.join(import.meta.dirname, 'saver.ts'), platform: 'node', logLevel: 'silent', plugins: [notSaving] });
  // CommonJS: a snapshot is built from a single script that may require only Node's own modules.
  await bundle.write({ file: saverJs, format: 'cjs' });
  await execFileAsync(process.execPath, ['--snapshot-blob', blob, '--build-snapshot', saverJs], { cwd: dir });
  return blob;
}

function bigProject() {
  const p = createProject({ title: 'Awal' });
  p.narrative.latarBelakang = 'Latar belakang yang panjang. '.repeat(6_000);
  p.milestones = Array.from({ length: 300 }, (_, i) => ({
    id: `m${i}`,
    code: '',
    horizon: 'PENDEK' as const,
    title: `Milestone ${i}`,
    activities: ['a', 'b'],
    start: '2022-03-15',
    end: '2022-03-20',
    output: 'Output',
    indicator: 'Indikator',
    evidence: ['Notulen'],
    picTeamId: null,
    stakeholderIds: [],
    budgetLineIds: [],
    status: 'PLANNED' as const,
    actualStart: null,
    actualEnd: null,
    achievementPct: null,
    notes: 'x'.repeat(1_900),
    attachmentIds: [],
  }));
  return p;
}

/** How far the child got before the kill: the last save begun and the last one finished. */
interface Reached {
  begun: string | null;
  done: string | null;
  /** How long each save it finished took, in ms (from its "begin" line to its "done" line). */
  saveMs: number[];
}

function runAndKill(snapshot: string, dataDir: string, file: string, round: number, delayMs: number): Promise<Reached> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--snapshot-blob', snapshot, dataDir, file, String(round)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let killed = false;
    child.stderr.on('data', (d) => {
      err += String(d);
    });
    const begunAt = new Map<string, number>();
    const saveMs: number[] = [];
    child.stdout.on('data', (d) => {
      out += String(d);
      const now = performance.now();
      for (const line of String(d).split('\n')) {
        if (line.startsWith('begin ')) begunAt.set(line.slice(6), now);
        const started = line.startsWith('done ') ? begunAt.get(line.slice(5)) : undefined;
        if (started !== undefined) saveMs.push(now - started);
      }
      if (!killed) {
        killed = true;
        setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    // 'close' waits for the pipes to drain, so every line written before the kill is in `out`.
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`saver exited ${code}: ${err}`));
      const reached: Reached = { begun: null, done: null, saveMs };
      for (const line of out.split('\n')) {
        if (line.startsWith('begin ')) reached.begun = line.slice(6);
        if (line.startsWith('done ')) reached.done = line.slice(5);
      }
      resolve(reached);
    });
  });
}

/**
 * Kills the saving child until `kills` saves have been cut off (kills landing before the first
 * save begins do not count; at most four times as many attempts), checking the file after each.
 */
export async function killsCuttingSaves(kills: number): Promise<void> {
  const snapshot = await bundledSaver();
  const dir = await tempDir('rancang-kill-');
  const file = path.join(dir, 'proyek.rancang');
  const { services, dialogs } = await servicesIn(dir);
  dialogs.answer(file);
  const created = await services.saveProjectAs(bigProject(), 'proyek');
  expect(created.ok).toBe(true);
  const dataDir = path.join(dir, 'data');

  let onDisk = 'Awal';
  let cutOff = 0;
  let tempLeft = 0;
  let newVersionKept = 0;
  let attempts = 0;
  // The kill lands at a moment drawn over two saves' length, as the saves of the rounds before took
  // (150 ms until one has been timed): every moment of a save, the first after the start (which
  // cleans up what the last kill left) and the next, without waiting through saves that would only
  // repeat the same moments. On a fast machine that is a fraction of a fixed window's wait; on a
  // slow one the window grows with the saves, so the end of a save (the rename) is still reached.
  const saveTimes: number[] = [];
  const killWindow = () => (saveTimes.length ? 2 * saveTimes.sort((a, b) => a - b)[saveTimes.length >> 1]! : 150);
  while (cutOff < kills && attempts < kills * 4) {
    const reached = await runAndKill(snapshot, dataDir, file, attempts, Math.random() * killWindow());
    saveTimes.push(...reached.saveMs);
    attempts++;
    const r = await readProjectFile(file);
    if (!r.ok) throw new Error(`after kill ${attempts}: ${r.code} ${r.message}`);
    const title = r.value.decoded.project.title;
    // Exactly the last finished version (or, before any finished this round, what was there) or the one being written.
    const before = reached.done ?? onDisk;
    const midSave = reached.begun !== null && reached.begun !== reached.done;
    const allowed = midSave ? [before, reached.begun] : [before];
    expect(allowed, `after kill ${attempts}`).toContain(title);
    if (midSave) {
      cutOff++;
      if (title === reached.begun) newVersionKept++;
      if ((await fsp.readdir(dir)).some((n) => n.endsWith('.tmp'))) tempLeft++;
    }
    onDisk = title;
  }
  console.log(
    `kill test (${kills} of ${KILLS}): ${attempts} kills, ${cutOff} cut a save off (${tempLeft} left a temp file, ${newVersionKept} after the rename had landed); ` +
      `a save took ${Math.round(killWindow() / 2)} ms (median of ${saveTimes.length})`,
  );
  // The kills really interrupted saves: counted by what the child said, not guessed from timing.
  expect(cutOff).toBe(kills);
  // The next save cleans up what the killed writes left.
  const reopened = await services.openPath(file);
  expect(reopened.ok).toBe(true);
  if (!reopened.ok) return;
  expect((await services.saveProject(reopened.value.docId, reopened.value.project, true)).ok).toBe(true);
  expect((await fsp.readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
}
