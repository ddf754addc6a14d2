/** `npm run report`: many files through the same reader and exporter, one Indonesian line per file, exit 1 when any failed. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SAMPLE, tempDir } from '../helpers';

const TSX = path.join(ROOT, 'node_modules/.bin/tsx');
const run = (args: string[]) => spawnSync(TSX, [path.join(ROOT, 'scripts/report.ts'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

describe('npm run report', () => {
  it('exports the good files, names the bad ones, and exits 1', async () => {
    const dir = await tempDir();
    const broken = path.join(dir, 'rusak.rancang');
    writeFileSync(broken, '{"format":"rancang-perubahan","schemaVersion":2,"project":');
    const out = path.join(dir, 'keluar');
    const r = run([SAMPLE, broken, path.join(dir, 'tidak-ada.rancang'), '--kind', 'laporan', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/✓ .*sipantau\.rancang → .*sipantau-laporan\.docx \(laporan, \d+ KB, \d+ ms\)/);
    expect(r.stdout).toContain('1 berhasil, 2 gagal.');
    expect(r.stderr).toMatch(/✗ .*rusak\.rancang: Berkas terpotong/);
    expect(r.stderr).toMatch(/✗ .*tidak-ada\.rancang: Berkas tidak ditemukan/);
    const docx = readFileSync(path.join(out, 'sipantau-laporan.docx'));
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(existsSync(path.join(out, 'rusak-laporan.docx'))).toBe(false);
  }, 120_000);

  it('writes one file to the name given, and refuses a wrong command line with exit 2', async () => {
    const dir = await tempDir();
    const target = path.join(dir, 'Rancangan SIPANTAU.docx');
    const ok = run([SAMPLE, '--out', target]);
    expect(ok.status).toBe(0);
    expect(existsSync(target)).toBe(true);
    const bad = run([SAMPLE, '--kind', 'proposal']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--kind harus "rancangan" atau "laporan"');
    expect(bad.stderr).toContain('Pemakaian: npm run report');
  }, 120_000);
});
