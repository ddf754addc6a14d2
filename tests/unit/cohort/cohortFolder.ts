/**
 * A cohort folder on disk for the tests: 60 generated projects of mixed programmes, phases and
 * sizes in class sub-folders, plus what a real shared folder also holds — a copy of one project,
 * damaged and foreign files, a newer-version file, a file over the size cap, a symlink loop and
 * thousands of photos and scans that are not projects.
 */
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { encodeProject } from '../../../shared/model/envelope';
import type { ProgrammeCode } from '../../../shared/model/enums';
import type { Project } from '../../../shared/model/types';
import { makePng, withPictures } from '../../generator/pictures';
import { generateProject } from '../../generator/project';

export interface CohortFixture {
  root: string;
  /** Relative path → the project written there. */
  projects: Map<string, Project>;
  duplicate: string;
  duplicateOf: string;
  future: string;
  broken: string[];
  nonProjectFiles: number;
}

const meta = { appVersion: 'test', installId: 'cohort-test', savedAt: '2022-05-01T08:00:00.000Z' };
const PROGRAMMES: ProgrammeCode[] = ['PKN_II', 'PKA', 'PKP'];

export async function makeCohortFolder(opts: { projects?: number; nonProjectFiles?: number } = {}): Promise<CohortFixture> {
  const root = await fsp.mkdtemp(path.join(os.tmpdir(), 'kelas-'));
  const projects = new Map<string, Project>();
  const n = opts.projects ?? 60;
  for (let i = 0; i < n; i++) {
    let p = generateProject({ seed: 1000 + i, scale: [0.3, 0.6, 1, 2][i % 4]!, implemented: i % 3 === 0, programme: PROGRAMMES[i % 3]! });
    if (i % 10 === 0) p = withPictures(p, 2, i);
    const rel = `angkatan-${(i % 3) + 1}/peserta-${String(i + 1).padStart(2, '0')}.rancang`;
    await write(root, rel, encodeProject(p, meta));
    projects.set(rel, p);
  }
  const [firstRel] = projects.keys();
  const duplicate = 'kiriman-ulang/peserta-01 (1).rancang';
  await fsp.mkdir(path.join(root, 'kiriman-ulang'), { recursive: true });
  await fsp.copyFile(path.join(root, firstRel!), path.join(root, duplicate));

  const futureProject = generateProject({ seed: 9, scale: 0.3 });
  const futureText = encodeProject(futureProject, meta).replace(/"schemaVersion":\d+/, '"schemaVersion":999');
  const future = 'lain/versi-baru.rancang';
  await write(root, future, futureText);

  const valid = encodeProject(generateProject({ seed: 10, scale: 0.3 }), meta);
  const broken = [
    'rusak/terpotong.rancang',
    'rusak/bukan-json.rancang',
    'rusak/foto.rancang',
    'rusak/proto.rancang',
    'rusak/kosong.rancang',
    'rusak/besar.rancang',
  ];
  await write(root, broken[0]!, valid.slice(0, Math.floor(valid.length / 2)));
  await write(root, broken[1]!, 'ini bukan JSON, ini catatan rapat');
  await write(root, broken[2]!, makePng(8, 8, 1));
  await write(root, broken[3]!, '{"__proto__":{"polluted":true},"format":"rancang-perubahan","schemaVersion":2,"project":{"title":{"$gt":""}}}');
  await write(root, broken[4]!, '');
  // Over the 40 MB cap: a sparse file, so the test costs no disk, refused by its size before reading.
  const big = await fsp.open(path.join(root, broken[5]!), 'w');
  await big.truncate(41 * 1024 * 1024);
  await big.close();

  await fsp.symlink(root, path.join(root, 'angkatan-1', 'tautan-ke-atas'));
  const nonProjectFiles = opts.nonProjectFiles ?? 10_000;
  await fsp.mkdir(path.join(root, 'foto-kegiatan'), { recursive: true });
  const batch: Promise<void>[] = [];
  for (let i = 0; i < nonProjectFiles; i++) batch.push(fsp.writeFile(path.join(root, 'foto-kegiatan', `IMG_${i}.jpg`), 'x'));
  await Promise.all(batch);
  return { root, projects, duplicate, duplicateOf: firstRel!, future, broken, nonProjectFiles };
}

async function write(root: string, rel: string, data: string | Uint8Array): Promise<void> {
  const full = path.join(root, rel);
  await fsp.mkdir(path.dirname(full), { recursive: true });
  await fsp.writeFile(full, data);
}
