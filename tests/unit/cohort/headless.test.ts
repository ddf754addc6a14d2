/** `npm run cohort`: a class folder to an XLSX (and CSV), every report into one folder, problem files named, exit 1. */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SAMPLE, tempDir } from '../helpers';
import { reportCliDir } from '../reportCli';

/** `npm run cohort -- args` as it ships: the bundled command run by plain node (node dist-cli/cohort.mjs). */
const run = async (args: string[]) =>
  spawnSync(process.execPath, [path.join(await reportCliDir(), 'cohort.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });

describe('npm run cohort', () => {
  it('summarises a folder, exports each report once, names the damaged file and exits 1', async () => {
    const dir = await tempDir();
    const kelas = path.join(dir, 'kelas');
    mkdirSync(path.join(kelas, 'a'), { recursive: true });
    copyFileSync(SAMPLE, path.join(kelas, 'a', 'sipantau.rancang'));
    copyFileSync(SAMPLE, path.join(kelas, 'sipantau-lagi.rancang'));
    writeFileSync(path.join(kelas, 'rusak.rancang'), '{"format":"rancang-perubahan","schemaVersion":2,"project":');
    const reports = path.join(dir, 'laporan');
    const r = await run([
      kelas,
      '--out',
      path.join(dir, 'rekap.xlsx'),
      '--csv',
      path.join(dir, 'rekap.csv'),
      '--profiles',
      path.join(dir, 'profil.csv'),
      '--catalogue',
      path.join(dir, 'katalog.docx'),
      '--reports',
      reports,
      '--kind',
      'rancangan',
    ]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/2 proyek dirangkum, 1 berkas bermasalah/);
    expect(r.stderr).toMatch(/✗ rusak\.rancang: Berkas terpotong/);
    expect(r.stderr).toMatch(/! sipantau-lagi\.rancang: proyek yang sama dengan a\/sipantau\.rancang/);
    expect(readFileSync(path.join(dir, 'rekap.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(path.join(dir, 'rekap.csv'), 'utf8')).toContain('Rahmawati Siregar');
    const profiles = readFileSync(path.join(dir, 'profil.csv'), 'utf8').trim().split('\r\n');
    expect(profiles[0]).toContain('Nama inovasi,Tahapan inovasi,Inisiator');
    expect(profiles).toHaveLength(2);
    expect(profiles[1]).toMatch(/^SIPANTAU,Penerapan,"Rahmawati Siregar/);
    expect(readFileSync(path.join(dir, 'katalog.docx')).subarray(0, 2).toString()).toBe('PK');
    // The duplicate is not exported twice.
    expect(readdirSync(reports)).toEqual(['a_sipantau-rancangan.docx']);
    expect(r.stdout).toContain('Laporan: 1 berhasil, 0 gagal');
  }, 180_000);

  it('refuses a wrong command line with exit 2 and the usage', async () => {
    const none = await run([]);
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('Pemakaian: npm run cohort');
    const missing = await run([path.join(ROOT, 'tidak-ada-folder')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Folder tidak ditemukan');
    expect(existsSync(path.join(ROOT, 'tidak-ada-folder'))).toBe(false);
  }, 60_000);
});
