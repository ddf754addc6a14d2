/**
 * Pictures as base64: a 4 MB photo is encoded in main when the user picks it (readPictureFile) and
 * decoded whenever a file is opened (envelope check) or exported. Both run on main's thread, so
 * their time is time the window cannot answer.
 */
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { readPictureFile } from '../../electron/core/pictures';
import { decodeBase64 } from '../../shared/format/pictures';
import type { BenchRow } from './index';
import { median } from './stats';

export const name = 'pictures';

const MB4 = 4 * 1024 * 1024 - 1024;

/** A PNG signature and IHDR, then noise: enough for the signature check, as big as the limit allows. */
function fakePng(size: number): Uint8Array {
  const b = new Uint8Array(size);
  for (let i = 0; i < size; i++) b[i] = (i * 2654435761) >>> 24;
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 4, 0, 0, 0, 3, 0], 0);
  return b;
}

async function timed(fn: () => unknown, runs = 5): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return `${median(times).toFixed(1)} ms`;
}

export async function run(): Promise<BenchRow[]> {
  const bytes = fakePng(MB4);
  const text = Buffer.from(bytes).toString('base64');
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'rancang-bench-pic-'));
  const file = path.join(dir, 'foto.png');
  await fsp.writeFile(file, bytes);
  try {
    return [
      { measure: 'decodeBase64, 4 MB', value: await timed(() => decodeBase64(text)), note: 'shared/format/pictures' },
      { measure: 'readPictureFile, 4 MB PNG', value: await timed(() => readPictureFile(file)), goal: '< 50 ms', note: 'main, when a picture is chosen' },
    ];
  } finally {
    await fsp.rm(dir, { recursive: true, force: true });
  }
}
