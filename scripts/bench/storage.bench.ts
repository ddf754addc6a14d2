/**
 * Storage figures (issue 2): opening a 5 MB project (read + UTF-8 + parse + validate + migrate +
 * rebuild) against a bare JSON.parse of the same bytes, and the durable save of a typical project.
 */
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { writeFileDurably } from '../../electron/core/durableWrite';
import { readProjectFile } from '../../electron/core/projectFile';
import { createServices } from '../../electron/core/services';
import { decodeProjectText, encodeProject } from '../../shared/model/envelope';
import type { BenchRow } from './index';
import { largeProject, sampleProject, SAMPLE_FILE } from './fixtures';
import { randomBytes } from 'node:crypto';
import { generateProject } from '../../tests/generator/project';
import { makePng, withPictures } from '../../tests/generator/pictures';
import { median, ms, percentile, ratioSpread, spread, timeMany } from './stats';

export const name = 'storage';

export async function run(): Promise<BenchRow[]> {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'rancang-bench-'));
  try {
    const big = encodeProject(largeProject(5 * 1024 * 1024), { appVersion: 'bench', installId: 'bench', savedAt: '' });
    const bigFile = path.join(dir, 'besar.rancang');
    await fsp.writeFile(bigFile, big);
    const bytes = await fsp.readFile(bigFile);
    // Warm up the JIT for both paths before measuring.
    for (let i = 0; i < 3; i++) {
      JSON.parse(bytes.toString('utf8'));
      decodeProjectText(bytes.toString('utf8'));
    }
    // Interleaved, so a burst of load elsewhere on the machine hits all three alike.
    const parseT: number[] = [],
      decodeT: number[] = [],
      openT: number[] = [];
    for (let i = 0; i < 21; i++) {
      parseT.push(...(await timeMany(1, () => JSON.parse(bytes.toString('utf8')))));
      decodeT.push(...(await timeMany(1, () => decodeProjectText(bytes.toString('utf8')))));
      openT.push(
        ...(await timeMany(1, async () => {
          const r = await readProjectFile(bigFile);
          if (!r.ok) throw new Error(r.message);
        })),
      );
    }
    const parse = median(parseT),
      decode = median(decodeT),
      open = median(openT);
    const readOnly = median(await timeMany(15, () => fsp.readFile(bigFile)));

    // Typical project: the SIPANTAU sample, saved through the services as autosave does.
    const noDialogs = {
      chooseProjectToOpen: async () => null,
      chooseProjectSavePath: async () => path.join(dir, 'sipantau.rancang'),
      chooseExportPath: async () => null,
      choosePicturePath: async () => null,
    };
    const services = await createServices({
      dataDir: path.join(dir, 'data'),
      appVersion: 'bench',
      platform: process.platform,
      dialogs: noDialogs,
      shell: { showItemInFolder: () => undefined, openPath: async () => '' },
      samplePath: SAMPLE_FILE,
    });
    const project = sampleProject();
    const doc = await services.saveProjectAs(project, 'sipantau');
    if (!doc.ok || !doc.value) throw new Error('save as failed');
    const docId = doc.value.docId;
    let n = 0;
    const saves = await timeMany(60, async () => {
      const r = await services.saveProject(docId, { ...project, title: `${project.title} ${n++}` }, false);
      if (!r.ok) throw new Error(r.message);
    });
    const typicalText = encodeProject(project, { appVersion: 'bench', installId: 'x', savedAt: '' });
    const raw = await timeMany(60, () => writeFileDurably(path.join(dir, 'raw.rancang'), typicalText));

    const realistic = await realisticOpenRows(dir);
    return [
      ...realistic,
      { measure: 'project file size (generated)', value: `${(bytes.length / 1024 / 1024).toFixed(2)} MB` },
      { measure: 'read bytes from disk', value: ms(readOnly) },
      { measure: 'bare JSON.parse', value: ms(parse) },
      { measure: 'decode (parse+migrate+validate+rebuild)', value: ms(decode) },
      { measure: 'open = read+UTF-8+decode+hash', value: ms(open) },
      { measure: 'ratio open ÷ JSON.parse', value: `${(open / parse).toFixed(2)}×`, note: 'long strings: flatters the ratio; see the realistic files above' },
      { measure: 'ratio decode ÷ JSON.parse', value: `${(decode / parse).toFixed(2)}×` },
      { measure: 'typical project size', value: `${(typicalText.length / 1024).toFixed(1)} KB`, note: 'SIPANTAU sample' },
      { measure: 'durable save via services, median', value: ms(median(saves)), goal: '< 30 ms', note: 'hash check + backup + temp/fsync/rename/dir fsync' },
      { measure: 'durable save via services, p95', value: ms(percentile(saves, 95)) },
      { measure: 'bare durable write, median', value: ms(median(raw)) },
    ];
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}

/**
 * Open ÷ JSON.parse on realistic files, in interleaved pairs (parse, open, parse, open …, the ratio
 * within each pair): SIPANTAU-shaped generated projects of 0.4–0.6 MB, and one with photos as
 * photos are (incompressible bytes of a few hundred KB behind a real PNG header).
 */
async function realisticOpenRows(dir: string) {
  const photo = (i: number) => Buffer.concat([makePng(480, 320, i), randomBytes(400 * 1024)]).toString('base64');
  const withPhotos = withPictures(generateProject({ seed: 3, scale: 3 }), 10, 3);
  withPhotos.attachments = withPhotos.attachments.map((a, i) => (i === 0 ? a : { ...a, data: photo(i) }));
  const files: [string, ReturnType<typeof generateProject>][] = [
    ['SIPANTAU-shaped 12×', generateProject({ seed: 1, scale: 12 })],
    ['SIPANTAU-shaped 20×', generateProject({ seed: 1, scale: 20 })],
    ['photo-heavy (10 photos of 400 KB)', withPhotos],
  ];
  const rows = [];
  for (const [label, project] of files) {
    const file = path.join(dir, `${label.replace(/\W+/g, '-')}.rancang`);
    await fsp.writeFile(file, encodeProject(project, { appVersion: 'bench', installId: 'bench', savedAt: '' }));
    const size = (await fsp.stat(file)).size;
    const parse = async () => {
      const t = performance.now();
      JSON.parse((await fsp.readFile(file)).toString('utf8'));
      return performance.now() - t;
    };
    const open = async () => {
      const t = performance.now();
      const r = await readProjectFile(file);
      if (!r.ok) throw new Error(r.message);
      return performance.now() - t;
    };
    for (let i = 0; i < 3; i++) {
      await parse();
      await open();
    }
    const p: number[] = [],
      o: number[] = [],
      ratios: number[] = [];
    for (let i = 0; i < 15; i++) {
      const a = await parse();
      const b = await open();
      p.push(a);
      o.push(b);
      ratios.push(b / a);
    }
    rows.push(
      { measure: `${label}: read + JSON.parse`, value: spread(p), note: `${(size / 1024).toFixed(0)} KB` },
      { measure: `${label}: open (read, UTF-8, decode, validate, pictures, hash)`, value: spread(o) },
      { measure: `${label}: open ÷ (read + JSON.parse)`, value: ratioSpread(ratios), goal: '≤ 3×' },
    );
  }
  return rows;
}
