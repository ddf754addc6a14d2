/**
 * Full and read-only disks, on a real small tmpfs (mounted here when the tests run as root; skipped
 * with the reason otherwise): the services start without a writable data folder, a backup that
 * cannot be written never blocks saving the project, a full project disk fails the save in
 * Indonesian and leaves the file whole, and a read-only medium opens files read-only with the reason.
 * Also: quarantine keeps one copy per distinct file.
 */
import { execFileSync } from 'node:child_process';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProject } from '../../../shared/model/envelope';
import { servicesIn, tempDir } from '../helpers';

const isRoot = process.getuid?.() === 0;
const mounts: string[] = [];

function mountTmpfs(dir: string, size: string): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], { stdio: 'pipe' });
    mounts.push(dir);
    return true;
  } catch {
    return false;
  }
}

// Registered after the helpers' own afterEach, so it runs first: unmount, then the folders go.
afterEach(() => {
  for (const m of mounts.splice(0).reverse()) execFileSync('umount', ['-l', m], { stdio: 'pipe' });
});

async function fill(dir: string): Promise<void> {
  // Write until ENOSPC: the disk is then really full.
  const h = await fsp.open(path.join(dir, 'pengisi'), 'w');
  const chunk = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) await h.write(chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    await h.close();
  }
}

const canMount =
  isRoot &&
  (await (async () => {
    const d = await fsp.mkdtemp('/tmp/rancang-probe-');
    const ok = mountTmpfs(d, '64k');
    if (ok) execFileSync('umount', [mounts.pop()!], { stdio: 'pipe' });
    await fsp.rmdir(d);
    return ok;
  })());
const reason = isRoot ? 'mount -t tmpfs is not allowed here' : 'not running as root, so no tmpfs can be mounted';

describe.skipIf(!canMount)(`full and read-only disks (skipped when ${reason})`, () => {
  it('a full data folder: the services start, the project saves, the backup problem is reported in Indonesian', async () => {
    const dir = await tempDir();
    const data = path.join(dir, 'data');
    await fsp.mkdir(data);
    expect(mountTmpfs(data, '256k')).toBe(true);
    await fill(data);
    const { services, dialogs } = await servicesIn(dir);
    const info = await services.appInfo();
    expect(info.ok && info.value.dataDirNotice?.message).toMatch(/^Folder data aplikasi tidak dapat ditulisi \(ruang disk penuh\)/);
    const file = path.join(dir, 'proyek.rancang');
    dialogs.answer(file);
    const created = await services.saveProjectAs(createProject({ title: 'awal' }), 'proyek');
    expect(created.ok).toBe(true);
    if (!created.ok || !created.value) return;
    const saved = await services.saveProject(created.value.docId, { ...created.value.project, title: 'kedua' }, false);
    expect(saved.ok).toBe(true);
    expect(saved.ok && saved.value.notice?.message).toMatch(/^Proyek tersimpan, tetapi cadangan versi sebelumnya tidak dapat dibuat .*ruang disk penuh/);
    expect(await fsp.readFile(file, 'utf8')).toContain('"title":"kedua"');
    // Language and recent files still work for this run.
    expect((await services.setLanguage('en')).ok).toBe(true);
  });

  it('a full project disk: the save fails with a sentence, the file stays whole, no temp is left', async () => {
    const dir = await tempDir();
    const disk = path.join(dir, 'usb');
    await fsp.mkdir(disk);
    expect(mountTmpfs(disk, '512k')).toBe(true);
    const { services, dialogs } = await servicesIn(dir);
    const file = path.join(disk, 'proyek.rancang');
    dialogs.answer(file);
    const created = await services.saveProjectAs(createProject({ title: 'awal' }), 'proyek');
    if (!created.ok || !created.value) throw new Error('save as failed');
    const before = await fsp.readFile(file);
    await fill(disk);
    const r = await services.saveProject(
      created.value.docId,
      { ...created.value.project, narrative: { ...created.value.project.narrative, latarBelakang: 'x'.repeat(100_000) } },
      false,
    );
    expect(!r.ok && r.code).toBe('WRITE_FAILED');
    expect(!r.ok && r.message).toBe('Gagal menyimpan: ruang disk penuh');
    expect(await fsp.readFile(file)).toEqual(before);
    expect((await fsp.readdir(disk)).filter((n) => n.includes('.tmp'))).toEqual([]);
  });

  it('a read-only medium: the file opens read-only with the reason', async () => {
    const dir = await tempDir();
    const disk = path.join(dir, 'cd');
    await fsp.mkdir(disk);
    expect(mountTmpfs(disk, '512k')).toBe(true);
    const { services, dialogs } = await servicesIn(dir);
    const file = path.join(disk, 'proyek.rancang');
    dialogs.answer(file);
    expect((await services.saveProjectAs(createProject({ title: 'awal' }), 'proyek')).ok).toBe(true);
    execFileSync('mount', ['-o', 'remount,ro', disk], { stdio: 'pipe' });
    const opened = await services.openPath(file);
    expect(opened.ok && opened.value.readOnlyReason).toBe('FILE_READ_ONLY');
  });
});

describe('quarantine', () => {
  it('keeps one copy per distinct broken file, however often it is opened', async () => {
    const dir = await tempDir();
    const { services } = await servicesIn(dir);
    const file = path.join(dir, 'rusak.rancang');
    await fsp.writeFile(file, '{"format":"rancang-perubahan","schemaVersion":2,"project":');
    for (let i = 0; i < 5; i++) expect((await services.openPath(file)).ok).toBe(false);
    await fsp.writeFile(file, '{"format":"rancang-perubahan","schemaVersion":2,"project":{');
    expect((await services.openPath(file)).ok).toBe(false);
    const copies = (await fsp.readdir(path.join(dir, 'data', 'quarantine'))).filter((n) => !n.endsWith('.txt'));
    expect(copies).toHaveLength(2);
  });
});
