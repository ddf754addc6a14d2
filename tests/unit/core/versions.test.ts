/**
 * Frozen versions and backups through the real services on temp files: freeze, read back after
 * edits, delete, the count and size limits (nothing written when refused), a damaged version kept
 * byte for byte, restore of a backup (the current file becomes a backup first), save a backup as a copy.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/core/backups';
import { createProject, decodeProjectText, encodeProject } from '../../../shared/model/envelope';
import { makeVersionRecord, VERSION_LIMITS } from '../../../shared/model/versions';
import type { Project } from '../../../shared/model/types';
import { generateProject } from '../../generator/project';
import { sipantau } from '../domain/sipantau';
import { servicesIn, tempDir } from '../helpers';

async function saved(project: Project = sipantau()) {
  const dir = await tempDir();
  const { services, dialogs } = await servicesIn(dir);
  const file = path.join(dir, 'proyek.rancang');
  dialogs.answer(file);
  const r = await services.saveProjectAs(project, 'proyek');
  if (!r.ok || !r.value) throw new Error('save as failed');
  return { dir, services, dialogs, file, doc: r.value };
}

const FREEZE = { name: 'Rancangan — seminar 24 Mei 2022', note: 'sebelum perbaikan', kind: 'rancangan' as const };
const onDisk = async (file: string) => {
  const r = decodeProjectText(await fsp.readFile(file, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.value;
};
const META = { appVersion: 't', installId: 'other', savedAt: '' };
const rawVersion = (p: Project, seq: number) =>
  makeVersionRecord(p, { name: `V${seq}`, note: '', kind: 'other' }, { id: `ver-${seq}`, seq, frozenAt: '', appVersion: 't' }).raw;

describe('frozen versions through the services', () => {
  it('freeze, edit, save: the version stays as it was and the file keeps it across saves and reopening', async () => {
    const { services, dialogs, file, doc } = await saved();
    const frozen = await services.freezeVersion(doc.docId, doc.project, FREEZE);
    expect(frozen.ok && frozen.value.versions.map((v) => [v.name, v.seq, v.note])).toEqual([[FREEZE.name, 1, 'sebelum perbaikan']]);
    const edited = { ...doc.project, title: 'Judul sesudah seminar' };
    expect((await services.saveProject(doc.docId, edited, false)).ok).toBe(true);
    const disk = await onDisk(file);
    expect(disk.project.title).toBe('Judul sesudah seminar');
    expect(disk.versions.map((v) => v.project!.title)).toEqual([doc.project.title]);
    dialogs.answer(file);
    const reopened = await services.openProject();
    expect(reopened.ok && reopened.value?.versions?.map((v) => v.name)).toEqual([FREEZE.name]);
    const id = reopened.ok ? reopened.value!.versions![0]!.id : '';
    const version = await services.readVersion(reopened.ok ? reopened.value!.docId : '', id);
    expect(version.ok && version.value.title).toBe(doc.project.title);
  });

  it('a second freeze gets the next sequence; deleting one writes the file without it', async () => {
    const { services, file, doc } = await saved();
    await services.freezeVersion(doc.docId, doc.project, FREEZE);
    const second = await services.freezeVersion(doc.docId, { ...doc.project, title: 'Laporan' }, { name: 'Laporan — seminar 2', note: '', kind: 'laporan' });
    if (!second.ok) throw new Error(second.message);
    expect(second.value.versions.map((v) => v.seq)).toEqual([1, 2]);
    const del = await services.deleteVersion(doc.docId, second.value.versions[0]!.id);
    expect(del.ok && del.value.versions.map((v) => v.name)).toEqual(['Laporan — seminar 2']);
    expect((await onDisk(file)).versions.map((v) => v.info.name)).toEqual(['Laporan — seminar 2']);
  });

  it('a read-only document cannot be frozen; an unknown version is said so', async () => {
    const { services, doc } = await saved();
    const sample = await services.openSample();
    if (!sample.ok) throw new Error(sample.message);
    expect(await services.freezeVersion(sample.value.docId, sample.value.project, FREEZE)).toMatchObject({ ok: false, code: 'READ_ONLY' });
    expect(await services.readVersion(doc.docId, 'ver-tidakada')).toMatchObject({ ok: false, code: 'VERSION_NOT_FOUND' });
  });

  it('a damaged version is listed as damaged, cannot be shown, and is written back byte for byte', async () => {
    const dir = await tempDir();
    const { services, dialogs } = await servicesIn(dir);
    const p = sipantau();
    const broken = { ...rawVersion(p, 2), project: { ...p, stakeholders: 42 } };
    const file = path.join(dir, 'rusak.rancang');
    await fsp.writeFile(file, encodeProject(p, { ...META, installId: '' }, [JSON.stringify(rawVersion(p, 1)), JSON.stringify(broken)]));
    dialogs.answer(file);
    const opened = await services.openProject();
    if (!opened.ok || !opened.value) throw new Error('open failed');
    // Another installation's file: say it is ours to save over it.
    const mine = await services.setOwnership(opened.value.docId, true);
    expect(mine.ok && mine.value.readOnly).toBe(false);
    const versions = opened.value.versions!;
    expect(versions.map((v) => v.damaged)).toEqual([null, 'project']);
    expect(await services.readVersion(opened.value.docId, 'ver-2')).toMatchObject({ ok: false, code: 'VERSION_DAMAGED' });
    expect((await services.saveProject(opened.value.docId, { ...p, title: 'Lanjut' }, false)).ok).toBe(true);
    const written = JSON.parse(await fsp.readFile(file, 'utf8')) as { versions: unknown[] };
    expect(written.versions[1]).toEqual(broken);
  });

  it('a file with 500 versions is refused on open and left exactly as it was', async () => {
    const dir = await tempDir();
    const { services, dialogs } = await servicesIn(dir);
    const p = createProject({ title: 'Banyak versi' });
    const one = JSON.stringify(rawVersion(p, 1));
    const file = path.join(dir, 'banyak.rancang');
    await fsp.writeFile(
      file,
      encodeProject(
        p,
        META,
        Array.from({ length: 500 }, () => one),
      ),
    );
    const before = await fsp.readFile(file);
    dialogs.answer(file);
    const r = await services.openProject();
    expect(r).toMatchObject({ ok: false, code: 'TOO_MANY_VERSIONS' });
    expect((await fsp.readFile(file)).equals(before)).toBe(true);
  });

  it(`the ${VERSION_LIMITS.count + 1}th freeze is refused and nothing is written`, async () => {
    const dir = await tempDir();
    const { services, dialogs } = await servicesIn(dir);
    const p = createProject({ title: 'Penuh' });
    const file = path.join(dir, 'penuh.rancang');
    const list = Array.from({ length: VERSION_LIMITS.count }, (_, i) => JSON.stringify(rawVersion(p, i + 1)));
    await fsp.writeFile(file, encodeProject(p, META, list));
    dialogs.answer(file);
    const opened = await services.openProject();
    if (!opened.ok || !opened.value) throw new Error('open failed');
    await services.setOwnership(opened.value.docId, true);
    const before = await fsp.readFile(file);
    const r = await services.freezeVersion(opened.value.docId, p, FREEZE);
    expect(r).toMatchObject({ ok: false, code: 'VERSION_LIMIT' });
    expect(!r.ok && r.message).toContain('Hapus versi lama');
    expect((await fsp.readFile(file)).equals(before)).toBe(true);
  });

  it('versions count toward the 40 MB file cap: a save over it is refused, saying to delete old versions, and nothing is written', async () => {
    const dir = await tempDir();
    const { services, dialogs } = await servicesIn(dir);
    const p = createProject({ title: 'Berat' });
    // Eight versions each holding a 5 MB picture text: about 38 MiB of versions, under the cap on open.
    const heavy = (seq: number) =>
      JSON.stringify(
        rawVersion(
          { ...p, attachments: [{ id: `pic-${seq}`, name: 'foto.jpg', mime: 'image/jpeg', data: 'A'.repeat(5_000_000), caption: '', milestoneId: null }] },
          seq,
        ),
      );
    const file = path.join(dir, 'berat.rancang');
    await fsp.writeFile(file, encodeProject(p, META, [1, 2, 3, 4, 5, 6, 7, 8].map(heavy)));
    dialogs.answer(file);
    const opened = await services.openProject();
    if (!opened.ok || !opened.value) throw new Error(opened.ok ? 'cancelled' : opened.message);
    await services.setOwnership(opened.value.docId, true);
    const before = await fsp.readFile(file);
    const withPicture: Project = {
      ...p,
      attachments: [{ id: 'pic-now', name: 'besar.jpg', mime: 'image/jpeg', data: 'A'.repeat(5_500_000), caption: '', milestoneId: null }],
    };
    const r = await services.saveProject(opened.value.docId, withPicture, false);
    expect(r).toMatchObject({ ok: false, code: 'VERSIONS_TOO_LARGE' });
    expect(!r.ok && r.message).toContain('hapus versi lama');
    expect((await fsp.readFile(file)).equals(before)).toBe(true);
    // Deleting old versions makes room.
    for (const v of opened.value.versions!.slice(0, 3)) expect((await services.deleteVersion(opened.value.docId, v.id)).ok).toBe(true);
    expect((await services.saveProject(opened.value.docId, withPicture, false)).ok).toBe(true);
  }, 60_000);

  it('a generated project at scale 5 with ten versions inside opens, and each version reads back', async () => {
    const big = generateProject({ seed: 7, scale: 5 });
    const { services, dialogs, file, doc } = await saved(big);
    for (let i = 0; i < 10; i++) {
      const r = await services.freezeVersion(doc.docId, { ...big, title: `${big.title} ${i}` }, { name: `Versi ${i + 1}`, note: '', kind: 'other' });
      if (!r.ok) throw new Error(r.message);
    }
    dialogs.answer(file);
    const reopened = await services.openProject();
    if (!reopened.ok || !reopened.value) throw new Error(reopened.ok ? 'cancelled' : reopened.message);
    expect(reopened.value.versions).toHaveLength(10);
    const v = await services.readVersion(reopened.value.docId, reopened.value.versions![9]!.id);
    expect(v.ok && v.value.title).toBe(`${big.title} 9`);
  }, 60_000);
});

describe('backups through the services ("Riwayat versi")', () => {
  it('lists backups newest first with a summary of what differs from now', async () => {
    const { services, doc } = await saved();
    expect((await services.saveProject(doc.docId, { ...doc.project, title: 'Kedua' }, false)).ok).toBe(true);
    const third = { ...doc.project, title: 'Ketiga', budgetLines: doc.project.budgetLines.slice(1) };
    expect((await services.saveProject(doc.docId, third, false)).ok).toBe(true);
    const list = await services.listBackups(doc.docId);
    if (!list.ok) throw new Error(list.message);
    expect(list.value).toHaveLength(2);
    expect(list.value[0]!.madeAt >= list.value[1]!.madeAt).toBe(true);
    // The newest backup is "Kedua": differs from now by the title and one budget line.
    expect(list.value[0]!.summary).toMatchObject({ removed: 1, texts: 1, sections: ['texts', 'budget'] });
    const preview = await services.readBackup(doc.docId, list.value[0]!.backupId);
    expect(preview.ok && preview.value.title).toBe('Kedua');
  });

  it('restore makes a backup the file, and the file it replaced becomes a backup first', async () => {
    const { dir, services, file, doc } = await saved();
    await services.freezeVersion(doc.docId, doc.project, FREEZE);
    expect((await services.saveProject(doc.docId, { ...doc.project, title: 'Salah ketik' }, false)).ok).toBe(true);
    const current = await fsp.readFile(file);
    const list = await services.listBackups(doc.docId);
    if (!list.ok) throw new Error(list.message);
    const target = list.value[0]!;
    const restored = await services.restoreBackup(doc.docId, target.backupId);
    if (!restored.ok) throw new Error(restored.message);
    expect(restored.value.project.title).toBe(doc.project.title);
    expect(restored.value.versions?.map((v) => v.name)).toEqual([FREEZE.name]);
    expect((await onDisk(file)).project.title).toBe(doc.project.title);
    const backups = await listBackups(path.join(dir, 'data'), file);
    const contents = await Promise.all(backups.map((b) => fsp.readFile(b)));
    expect(contents.some((c) => c.equals(current))).toBe(true);
    expect(await services.restoreBackup(doc.docId, '2000-01-01T00-00-00-000Z')).toMatchObject({ ok: false, code: 'BACKUP_NOT_FOUND' });
  });

  it('save a backup as a copy writes its bytes where the user chooses', async () => {
    const { dir, services, dialogs, doc } = await saved();
    expect((await services.saveProject(doc.docId, { ...doc.project, title: 'Baru' }, false)).ok).toBe(true);
    const list = await services.listBackups(doc.docId);
    if (!list.ok) throw new Error(list.message);
    const copy = path.join(dir, 'salinan');
    dialogs.answer(copy);
    const r = await services.saveBackupAs(doc.docId, list.value[0]!.backupId);
    expect(r.ok && r.value?.fileName).toBe('salinan.rancang');
    expect((await onDisk(`${copy}.rancang`)).project.title).toBe(doc.project.title);
  });
});
