/**
 * The bundled report command compiles its scripts through V8's code cache (scripts/reportStart.ts):
 * the first export writes a cache, the next ones take it, and a damaged cache or one V8 refuses is
 * never fatal: the export runs as without a cache, gives the same document, and the cache is written
 * again. Each run uses its own cache folder (RANCANG_CLI_CODE_CACHE), so no other test's runs interfere.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { createProject, encodeProject } from '../../../shared/model/envelope';
import { ROOT, tempDir } from '../helpers';
import { reportCliDir } from '../reportCli';

let BUNDLE = '';

beforeAll(async () => {
  BUNDLE = path.join(await reportCliDir(), 'report.mjs');
}, 600_000);

/**
 * A small project in `dir`: the cache is of the bundle's code, whatever the project, and seven
 * exports of the worked example cost 13 s of the unit run where these cost a fraction of it.
 */
function smallProject(dir: string): string {
  const p = createProject({ programmeCode: 'PKA', title: 'Percepatan Layanan Arsip' });
  p.narrative.latarBelakang = 'Arsip dinas masih **manual**.\n\n- Pencarian lama\n- Arsip rusak';
  const file = path.join(dir, 'kecil.rancang');
  writeFileSync(file, encodeProject(p, { appVersion: '1.0.0', installId: 'uji', savedAt: '2026-01-01T00:00:00.000Z' }));
  return file;
}

/** One export of the small project beside `out` into `out`, with the cache in `cache`; what the loader says of each script it compiled. */
function exportWith(cache: string, out: string) {
  const project = path.join(path.dirname(out), 'kecil.rancang');
  const env = { ...process.env, RANCANG_CLI_CODE_CACHE: cache, RANCANG_CLI_CODE_CACHE_REPORT: '1' };
  const r = spawnSync(process.execPath, [BUNDLE, project, '--out', out], { cwd: ROOT, encoding: 'utf8', env, timeout: 120_000 });
  expect(r.status, r.stderr).toBe(0);
  const line = r.stderr.split('\n').find((l) => l.startsWith('code cache: '));
  expect(line, r.stderr).toBeDefined();
  const entry = /report\.cjs (hit|miss)/.exec(line!)?.[1];
  const document = strFromU8(unzipSync(readFileSync(out))['word/document.xml']!);
  return { entry, document };
}

const entryCache = (cache: string) => {
  const names = readdirSync(cache).filter((f) => f.startsWith('report.cjs-'));
  expect(names).toHaveLength(1);
  return path.join(cache, names[0]!);
};

describe('the report command’s code cache', () => {
  it('is written by the first export and taken by the next, with the same document', async () => {
    const dir = await tempDir();
    smallProject(dir);
    const cache = path.join(dir, 'cache');
    const first = exportWith(cache, path.join(dir, 'a.docx'));
    expect(first.entry).toBe('miss');
    expect(readFileSync(entryCache(cache)).length).toBeGreaterThan(100_000);
    const second = exportWith(cache, path.join(dir, 'b.docx'));
    expect(second.entry).toBe('hit');
    expect(second.document).toBe(first.document);
  }, 300_000);

  it('falls back to a normal compile when the cache is damaged or refused by V8, and writes it again', async () => {
    const dir = await tempDir();
    smallProject(dir);
    const cache = path.join(dir, 'cache');
    const fresh = exportWith(cache, path.join(dir, 'a.docx'));
    const file = entryCache(cache);
    const good = readFileSync(file);

    // Damaged: bytes in the middle changed (the file's own checksum no longer matches).
    const damaged = Buffer.from(good);
    const middle = Math.floor(damaged.length / 2);
    damaged.fill(0xa5, middle, middle + 64);
    writeFileSync(file, damaged);
    const afterDamage = exportWith(cache, path.join(dir, 'b.docx'));
    expect(afterDamage.entry).toBe('miss');
    expect(afterDamage.document).toBe(fresh.document);

    // Stale: a well-formed cache of another script under this one's name; V8 refuses it (cachedDataRejected).
    const other = readdirSync(cache).find((f) => !f.startsWith('report.cjs-') && f.endsWith('.bin'));
    expect(other).toBeDefined();
    writeFileSync(file, readFileSync(path.join(cache, other!)));
    const afterStale = exportWith(cache, path.join(dir, 'c.docx'));
    expect(afterStale.entry).toBe('miss');
    expect(afterStale.document).toBe(fresh.document);

    // Written again by that export: the next one takes it.
    expect(exportWith(cache, path.join(dir, 'd.docx')).entry).toBe('hit');

    // Compiled code is run as it stands: a folder others could write to is not trusted.
    chmodSync(cache, 0o777);
    expect(exportWith(cache, path.join(dir, 'e.docx')).entry).toBe('miss');
  }, 600_000);
});
