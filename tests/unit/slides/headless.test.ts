/** `npm run report -- --format pptx`: the slides of many files through the same reader and exporter. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { SAMPLE, tempDir } from '../helpers';
import { runReportCli } from '../reportCli';

// `npm run report` as it ships: the bundled command (built once per run, ../reportCli.ts).
const run = (args: string[]) => runReportCli(args);

describe('npm run report -- --format pptx', () => {
  it('writes the slides of each file, names the missing one, and exits 1', async () => {
    const dir = await tempDir();
    const out = path.join(dir, 'tayang');
    const r = await run([SAMPLE, path.join(dir, 'tidak-ada.rancang'), '--format', 'pptx', '--kind', 'laporan', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/✓ .*sipantau\.rancang → .*sipantau-laporan\.pptx \(laporan, \d+ KB, \d+ ms\)/);
    expect(r.stderr).toMatch(/✗ .*tidak-ada\.rancang: Berkas tidak ditemukan/);
    const files = unzipSync(readFileSync(path.join(out, 'sipantau-laporan.pptx')));
    expect(Object.keys(files).filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f)).length).toBeGreaterThanOrEqual(12);
  }, 120_000);

  it('writes one file to the name given and refuses an unknown format with exit 2', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'Bahan Tayang.pptx');
    expect((await run([SAMPLE, '--format', 'pptx', '--out', target])).status).toBe(0);
    expect(existsSync(target)).toBe(true);
    const bad = await run([SAMPLE, '--format', 'odp']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format harus salah satu dari');
  }, 120_000);
});

describe('npm run report -- --format poster', () => {
  it('writes the A3 poster as PDF with the PNG beside it', async () => {
    const dir = await tempDir();
    const r = await run([SAMPLE, '--kind', 'rancangan', '--format', 'poster', '--out', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✓ .*sipantau\.rancang → .*sipantau-poster-rancangan\.pdf/);
    expect(readFileSync(path.join(dir, 'sipantau-poster-rancangan.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    expect([...readFileSync(path.join(dir, 'sipantau-poster-rancangan.png')).subarray(1, 4)]).toEqual([0x50, 0x4e, 0x47]);
  }, 120_000);
});
