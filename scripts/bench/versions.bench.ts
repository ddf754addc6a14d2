/**
 * Frozen versions (issue 15): open and save of a project holding ten frozen versions of itself
 * (open ÷ JSON.parse of the same bytes, goal ≤ 3×; the durable save through the services, goal
 * < 30 ms median), and the compare of SIPANTAU against a changed copy.
 */
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readProjectFile } from '../../electron/core/projectFile';
import { createServices } from '../../electron/core/services';
import { compareProjects } from '../../shared/domain/compare/compareProjects';
import { generateProject } from '../../tests/generator/project';
import type { Project } from '../../shared/model/types';
import type { BenchRow } from './index';
import { sampleProject, SAMPLE_FILE } from './fixtures';
import { median, ms, percentile, ratioSpread, spread, timeMany } from './stats';

export const name = 'versions';

/** A revision after the seminar: texts reworded, a milestone moved, a budget line added and one removed, a stakeholder moved on the map. */
function revised(p: Project): Project {
  const q = structuredClone(p);
  q.title = `${q.title} (perbaikan)`;
  q.narrative.latarBelakang = q.narrative.latarBelakang.replace(/belum/g, 'masih belum') + '\n\nParagraf tambahan sesudah seminar.';
  q.narrative.ruangLingkup = q.narrative.ruangLingkup.split(' ').reverse().join(' ');
  const m = q.milestones.shift();
  if (m) q.milestones.push({ ...m, end: '2022-06-30' });
  q.budgetLines.shift();
  q.budgetLines.push({ id: 'bl-bench', item: 'Cetak spanduk', volume: 3, unit: 'buah', unitCost: 250_000, source: null, sourceDetail: '' });
  const s = q.stakeholders[0];
  if (s) s.after = { ...s.after, power: 5, interest: 5 };
  return q;
}

async function withTenVersions(dir: string, label: string, project: Project) {
  const file = path.join(dir, `${label}.rancang`);
  const services = await createServices({
    dataDir: path.join(dir, `data-${label}`),
    appVersion: 'bench',
    platform: process.platform,
    dialogs: {
      chooseProjectToOpen: async () => file,
      chooseProjectSavePath: async () => file,
      chooseExportPath: async () => null,
      choosePicturePath: async () => null,
    },
    shell: { showItemInFolder: () => undefined, openPath: async () => '' },
    samplePath: SAMPLE_FILE,
  });
  const doc = await services.saveProjectAs(project, label);
  if (!doc.ok || !doc.value) throw new Error('save as failed');
  for (let i = 0; i < 10; i++) {
    const r = await services.freezeVersion(
      doc.value.docId,
      { ...project, title: `${project.title} ${i}` },
      { name: `Versi ${i + 1}`, note: '', kind: 'other' },
    );
    if (!r.ok) throw new Error(r.message);
  }
  return { file, services, docId: doc.value.docId };
}

async function openRows(dir: string, label: string, project: Project): Promise<BenchRow[]> {
  const { file, services, docId } = await withTenVersions(dir, label, project);
  const size = (await fsp.stat(file)).size;
  const ratios: number[] = [];
  const opens: number[] = [];
  for (let i = 0; i < 18; i++) {
    let t = performance.now();
    JSON.parse((await fsp.readFile(file)).toString('utf8'));
    const parse = performance.now() - t;
    t = performance.now();
    const r = await readProjectFile(file);
    if (!r.ok) throw new Error(r.message);
    const open = performance.now() - t;
    if (i >= 3) {
      ratios.push(open / parse);
      opens.push(open);
    }
  }
  let n = 0;
  const save = async () => {
    const r = await services.saveProject(docId, { ...project, title: `${project.title} simpan ${n++}` }, false);
    if (!r.ok) throw new Error(r.message);
  };
  for (let i = 0; i < 3; i++) await save();
  // CPU of the whole process per save (main thread and libuv's pool): what load on the machine
  // changes least; the wall time includes waiting for the disk's syncs and for the other processes.
  const cpu: number[] = [];
  const saves = await timeMany(40, async () => {
    const c = process.cpuUsage();
    await save();
    const d = process.cpuUsage(c);
    cpu.push((d.user + d.system) / 1000);
  });
  return [
    { measure: `${label}: file with 10 versions`, value: `${(size / 1024 / 1024).toFixed(2)} MB` },
    { measure: `${label}: open (read+decode 11 projects)`, value: ms(median(opens)) },
    { measure: `${label}: ratio open ÷ JSON.parse`, value: ratioSpread(ratios), goal: '≤ 3×', note: 'median (min–max) of interleaved pairs' },
    {
      measure: `${label}: durable save, median (min–max)`,
      value: spread(saves),
      goal: '< 30 ms',
      note: `load ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores; versions copied in as cached UTF-8 bytes, backup written beside the temp`,
    },
    { measure: `${label}: durable save, p95`, value: ms(percentile(saves, 95)) },
    { measure: `${label}: CPU per save, median (min–max)`, value: spread(cpu) },
  ];
}

export async function run(): Promise<BenchRow[]> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'rancang-bench-versions-'));
  try {
    const sipantau = sampleProject();
    const rows = [...(await openRows(dir, 'SIPANTAU', sipantau)), ...(await openRows(dir, 'generated 5×', generateProject({ seed: 5, scale: 5 })))];
    const changed = revised(sipantau);
    for (let i = 0; i < 5; i++) compareProjects(sipantau, changed);
    const compares = await timeMany(40, () => compareProjects(sipantau, changed));
    const d = compareProjects(sipantau, changed);
    const big = generateProject({ seed: 5, scale: 5 });
    const bigChanged = revised(big);
    const bigCompares = await timeMany(10, () => compareProjects(big, bigChanged));
    rows.push(
      {
        measure: 'compare SIPANTAU vs a revised copy, median',
        value: ms(median(compares)),
        note: `${d.counts.added} added, ${d.counts.removed} removed, ${d.counts.changed} changed, ${d.counts.moved} moved, ${d.counts.texts} texts`,
      },
      { measure: 'compare SIPANTAU vs a revised copy, p95', value: ms(percentile(compares, 95)) },
      { measure: 'compare generated 5× vs a revised copy, median', value: ms(median(bigCompares)) },
    );
    return rows;
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}
