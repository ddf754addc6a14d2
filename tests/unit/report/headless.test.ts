/**
 * `npm run report`: many files through the same reader and exporter, one Indonesian line per file,
 * exit 1 when any failed. Runs what ships: scripts/report.ts bundled by vite.cli.config.ts (built
 * once per run, ../reportCli.ts) and started by plain node, as `npm run report` starts it.
 */
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { encodeProject } from '../../../shared/model/envelope';
import { ROOT, SAMPLE, tempDir } from '../helpers';
import { sipantauAfter, TODAY } from '../postTraining/fixture';
import { reportCliDir } from '../reportCli';

// The run's bundle (../reportCli.ts: built once, beside dist-cli, shared with the other command tests).
let OUT = '';
let BUNDLE = '';
const run = (args: string[]) => spawnSync(process.execPath, [BUNDLE, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });

beforeAll(async () => {
  OUT = await reportCliDir();
  BUNDLE = path.join(OUT, 'report.mjs');
}, 600_000);

describe('the bundled command', () => {
  it('is scripts for plain node: no TypeScript loader, only the native resvg left outside, started by report.mjs', () => {
    // report.mjs starts the loader (start.cjs), which compiles the CommonJS bundle through V8's code cache (codeCache.test.ts);
    // the slides, poster and PDF exporters are chunks required only when asked for.
    expect(readFileSync(BUNDLE, 'utf8').trim()).toBe("import { start } from './start.cjs';\nstart('report.cjs');");
    const files = readdirSync(OUT).filter((f) => f.endsWith('.cjs'));
    expect(files).toEqual(expect.arrayContaining(['report.cjs', 'start.cjs']));
    const requires = files.flatMap((f) => {
      const code = readFileSync(path.join(OUT, f), 'utf8');
      expect(code).not.toMatch(/\btsx\b/);
      // No import() left: the loader compiles plain scripts.
      expect(code, f).not.toMatch(/\bimport\("/);
      // ASCII only, which the loader reads as a one-byte string instead of decoding UTF-8 (vite.cli.config.ts, charset).
      expect(
        Buffer.from(code, 'utf8').every((b) => b < 0x80),
        f,
      ).toBe(true);
      return [...code.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!);
    });
    const own = requires.filter((i) => i.startsWith('./'));
    for (const chunk of own) expect(files).toContain(chunk.slice(2));
    // Node's own modules (with or without the node: prefix a bundled package may drop), resvg, and Playwright only for --format pdf.
    const outside = new Set(requires.filter((i) => !i.startsWith('./') && !i.startsWith('node:') && !builtinModules.includes(i)));
    expect([...outside].sort()).toEqual(['@resvg/resvg-js', 'playwright']);
    const entry = readFileSync(path.join(OUT, 'report.cjs'), 'utf8');
    expect(entry).not.toContain('require("playwright")');
    expect(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.report).toBe('node dist-cli/report.mjs');
  });
});

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
    expect(bad.stderr).toContain('--kind harus "rancangan", "laporan", "implementasi" atau "serah-terima"');
    expect(bad.stderr).toContain('Pemakaian: npm run report');
    expect(run([SAMPLE, '--kind', 'implementasi', '--as-of', '2022-02-30']).status).toBe(2);
    expect(run([SAMPLE, '--kind', 'serah-terima', '--format', 'pptx']).status).toBe(2);
  }, 120_000);

  it('exports the implementation report after training as of the day given (issue 15)', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'sipantau.rancang');
    writeFileSync(file, encodeProject(sipantauAfter(), { appVersion: 't', installId: 'i', savedAt: '2022-12-10T00:00:00Z' }));
    const r = run([file, '--kind', 'implementasi', '--as-of', TODAY]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/✓ .*sipantau\.rancang → .*sipantau-implementasi\.docx \(implementasi, \d+ KB, \d+ ms\)/);
    const xml = strFromU8(unzipSync(readFileSync(path.join(dir, 'sipantau-implementasi.docx')))['word/document.xml']!);
    expect(xml).toContain('LAPORAN IMPLEMENTASI JANGKA MENENGAH / PANJANG');
    expect(xml).toContain('Sektor kesehatan dan pendidikan terlacak');
    expect(xml).toContain('10 Desember 2022');
  }, 120_000);
});
