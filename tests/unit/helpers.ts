/** Shared test helpers: temp folders that clean themselves up, fixtures, services on real files. */
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices, type ServiceDeps } from '../../electron/core/services';
import type { Dialogs } from '../../electron/core/ports';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const SAMPLE = path.join(ROOT, 'resources/samples/sipantau.rancang');
export const FORMAT1 = path.join(ROOT, 'tests/fixtures/format1/sipantau.json');

const made: string[] = [];
/**
 * Removes the temp folders made since the last call; ./setup.ts runs it after every test. (Not an
 * afterEach here: test files share a worker's modules, so this file runs once per worker, not per file.)
 */
export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => fsp.rm(d, { recursive: true, force: true })));
}

export async function tempDir(prefix = 'rancang-test-'): Promise<string> {
  const d = await fsp.mkdtemp(path.join(os.tmpdir(), prefix));
  made.push(d);
  return d;
}

export class QueueDialogs implements Dialogs {
  private queue: (string | null)[] = [];
  answer(...p: (string | null)[]) {
    this.queue.push(...p);
  }
  private next() {
    return Promise.resolve(this.queue.length ? this.queue.shift()! : null);
  }
  chooseProjectToOpen() {
    return this.next();
  }
  chooseProjectSavePath() {
    return this.next();
  }
  chooseExportPath() {
    return this.next();
  }
  choosePicturePath() {
    return this.next();
  }
  chooseReviewToOpen() {
    return this.next();
  }
  chooseWordToImport() {
    return this.next();
  }
  chooseAssessmentTemplate() {
    return this.next();
  }
}

export async function servicesIn(dir: string, extra: Partial<ServiceDeps> = {}) {
  const dialogs = new QueueDialogs();
  const services = await createServices({
    dataDir: path.join(dir, 'data'),
    appVersion: '9.9.9-test',
    platform: process.platform,
    dialogs,
    shell: { showItemInFolder: () => undefined, openPath: async () => '' },
    samplePath: SAMPLE,
    ...extra,
  });
  return { services, dialogs };
}

export async function readBytes(file: string): Promise<Buffer> {
  return fsp.readFile(file);
}
