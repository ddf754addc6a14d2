import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../../electron/core/backups';
import { createProject, decodeProjectText, encodeProject } from '../../../shared/model/envelope';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/migrations';
import { readBytes, servicesIn, tempDir } from '../helpers';
import { noticeText } from '../../../shared/i18n/notices';

async function newSavedProject(title = 'Proyek Uji') {
  const dir = await tempDir();
  const { services, dialogs } = await servicesIn(dir);
  const file = path.join(dir, 'proyek.rancang');
  dialogs.answer(file);
  const r = await services.saveProjectAs(createProject({ title }), title);
  if (!r.ok || !r.value) throw new Error('save as failed');
  return { dir, services, dialogs, file, doc: r.value };
}

describe('services: save, open, reopen', () => {
  it('save as writes a valid file, and reopening gives the same project, editable', async () => {
    const { dir, services, dialogs, file, doc } = await newSavedProject();
    expect(doc.readOnly).toBe(false);
    expect(doc.fileName).toBe('proyek.rancang');
    const onDisk = decodeProjectText(await fsp.readFile(file, 'utf8'));
    expect(onDisk.ok && onDisk.value.project.title).toBe('Proyek Uji');
    dialogs.answer(file);
    const again = await services.openProject();
    expect(again.ok && again.value?.readOnly).toBe(false);
    expect(again.ok && again.value?.project.title).toBe('Proyek Uji');
    // A fresh services object on the same data folder is the same installation.
    const { services: later } = await servicesIn(dir);
    const recent = await later.listRecent();
    expect(recent.ok && recent.value.map((r) => r.fileName)).toEqual(['proyek.rancang']);
    const reopened = await later.openRecent(recent.ok ? recent.value[0]!.id : '');
    expect(reopened.ok && reopened.value.readOnly).toBe(false);
  });

  it('adds the extension when the dialog answer has none', async () => {
    const dir = await tempDir();
    const { services, dialogs } = await servicesIn(dir);
    dialogs.answer(path.join(dir, 'tanpa-ekstensi'));
    const r = await services.saveProjectAs(createProject(), 'x');
    expect(r.ok && r.value?.fileName).toBe('tanpa-ekstensi.rancang');
  });

  it('a cancelled dialog changes nothing', async () => {
    const dir = await tempDir();
    const { services } = await servicesIn(dir);
    expect(await services.openProject()).toEqual({ ok: true, value: null });
    expect(await services.saveProjectAs(createProject(), 'x')).toEqual({ ok: true, value: null });
  });

  it('saves over its own file and keeps the previous version as a backup', async () => {
    const { dir, services, file, doc } = await newSavedProject();
    const before = await readBytes(file);
    const edited = { ...doc.project, title: 'Judul Baru' };
    const r = await services.saveProject(doc.docId, edited, false);
    expect(r.ok).toBe(true);
    const now = decodeProjectText(await fsp.readFile(file, 'utf8'));
    expect(now.ok && now.value.project.title).toBe('Judul Baru');
    const backups = await listBackups(path.join(dir, 'data'), file);
    expect(backups).toHaveLength(1);
    expect(await readBytes(backups[0]!)).toEqual(before);
  });

  it('keeps every backup of the last hour (thinning starts after an hour; tests/unit/core/backupThinning.test.ts)', async () => {
    const { dir, services, file, doc } = await newSavedProject();
    for (let i = 0; i < 25; i++) {
      const r = await services.saveProject(doc.docId, { ...doc.project, title: `Versi ${i}` }, false);
      expect(r.ok).toBe(true);
    }
    expect(await listBackups(path.join(dir, 'data'), file)).toHaveLength(25);
  });

  it('refuses to overwrite a file someone else changed, then overwrites when told to', async () => {
    const { services, file, doc } = await newSavedProject();
    const theirs = encodeProject({ ...doc.project, title: 'Diubah orang lain' }, { appVersion: 'x', installId: 'other', savedAt: '' });
    await fsp.writeFile(file, theirs);
    const refused = await services.saveProject(doc.docId, { ...doc.project, title: 'Versi saya' }, false);
    expect(!refused.ok && refused.code).toBe('CONFLICT');
    expect(await fsp.readFile(file, 'utf8')).toBe(theirs);
    const forced = await services.saveProject(doc.docId, { ...doc.project, title: 'Versi saya' }, true);
    expect(forced.ok).toBe(true);
    const now = decodeProjectText(await fsp.readFile(file, 'utf8'));
    expect(now.ok && now.value.project.title).toBe('Versi saya');
  });

  it('reload reads the changed file and later saves no longer conflict', async () => {
    const { services, file, doc } = await newSavedProject();
    await fsp.writeFile(file, encodeProject({ ...doc.project, title: 'Dari luar' }, { appVersion: 'x', installId: 'other', savedAt: '' }));
    const reloaded = await services.reloadDocument(doc.docId);
    expect(reloaded.ok && reloaded.value.project.title).toBe('Dari luar');
    expect((await services.saveProject(doc.docId, { ...doc.project, title: 'Lanjut' }, false)).ok).toBe(true);
  });

  it('concurrent saves of one document run one after another and the last one wins', async () => {
    const { services, file, doc } = await newSavedProject();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => services.saveProject(doc.docId, { ...doc.project, title: `T${i}` }, false)));
    expect(results.every((r) => r.ok)).toBe(true);
    const now = decodeProjectText(await fsp.readFile(file, 'utf8'));
    expect(now.ok && now.value.project.title).toBe('T7');
  });

  it('says why a save failed when the folder is gone: the file was moved or deleted, not recreated', async () => {
    const { dir, services, doc } = await newSavedProject();
    await fsp.rm(dir, { recursive: true, force: true });
    const r = await services.saveProject(doc.docId, doc.project, false);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.code).toBe('FILE_GONE');
    expect(!r.ok && r.message).toMatch(/dihapus atau dipindahkan/);
  });

  it('refuses unknown documents', async () => {
    const dir = await tempDir();
    const { services } = await servicesIn(dir);
    const r = await services.saveProject('doc-doesnotexist', createProject(), false);
    expect(!r.ok && r.code).toBe('UNKNOWN_DOCUMENT');
  });
});

describe('services: files from other people', () => {
  it('opens a file saved by another installation read-only, and edit-a-copy makes it editable', async () => {
    const dir = await tempDir();
    const theirs = path.join(dir, 'peserta.rancang');
    await fsp.writeFile(theirs, encodeProject(createProject({ title: 'Milik peserta' }), { appVersion: '1', installId: 'laptop-peserta', savedAt: '' }));
    const { services, dialogs } = await servicesIn(dir);
    dialogs.answer(theirs);
    const r = await services.openProject();
    expect(r.ok && r.value?.readOnlyReason).toBe('SHARED');
    const docId = r.ok && r.value ? r.value.docId : '';
    const refused = await services.saveProject(docId, createProject(), false);
    expect(!refused.ok && refused.code).toBe('READ_ONLY');
    const copy = path.join(dir, 'salinan.rancang');
    dialogs.answer(copy);
    const edited = await services.saveProjectAs(r.ok && r.value ? r.value.project : createProject(), 'salinan');
    expect(edited.ok && edited.value?.readOnly).toBe(false);
    expect(decodeProjectText(await fsp.readFile(copy, 'utf8')).ok).toBe(true);
  });

  it('opens a future-version file read-only with a message and never writes it', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'baru.rancang');
    const text = JSON.stringify({
      format: 'rancang-perubahan',
      schemaVersion: CURRENT_SCHEMA_VERSION + 3,
      app: { name: 'Rancang Perubahan', version: '9.0.0' },
      project: { title: 'Versi baru', fiturBaru: [1, 2] },
    });
    await fsp.writeFile(file, text);
    const { services, dialogs } = await servicesIn(dir);
    dialogs.answer(file);
    const r = await services.openProject();
    expect(r.ok && r.value?.readOnlyReason).toBe('FUTURE_VERSION');
    expect(r.ok && r.value?.notices[0] && noticeText(r.value.notices[0])).toContain(`versi aplikasi yang lebih baru (format ${CURRENT_SCHEMA_VERSION + 3})`);
    const save = await services.saveProject(r.ok && r.value ? r.value.docId : '', createProject(), true);
    expect(!save.ok && save.code).toBe('READ_ONLY');
    expect(await fsp.readFile(file, 'utf8')).toBe(text);
  });

  it('opens the sample read-only and leaves it out of the recent list', async () => {
    const dir = await tempDir();
    const { services } = await servicesIn(dir);
    const r = await services.openSample();
    expect(r.ok && r.value.readOnlyReason).toBe('SAMPLE');
    expect(r.ok && r.value.project.title).toMatch(/SIPANTAU/);
    const recent = await services.listRecent();
    expect(recent.ok && recent.value).toEqual([]);
  });

  it.each([
    ['empty', ''],
    ['NUL-filled', '\u0000'.repeat(512)],
    ['truncated', '{"format":"rancang-perubahan","schemaVersion":2,"project":{"title":"Potong'],
    ['invalid', JSON.stringify({ format: 'rancang-perubahan', schemaVersion: 2, project: { issueAnalysis: { issues: [{ id: 'i', usg: { U: 6 } }] } } })],
  ])('never touches a damaged (%s) file, and keeps a quarantine copy with the reason', async (_name, content) => {
    const dir = await tempDir();
    const file = path.join(dir, 'rusak.rancang');
    await fsp.writeFile(file, content);
    const before = await readBytes(file);
    const statBefore = await fsp.stat(file);
    const { services, dialogs } = await servicesIn(dir);
    dialogs.answer(file);
    const r = await services.openProject();
    expect(r.ok).toBe(false);
    expect(await readBytes(file)).toEqual(before);
    expect((await fsp.stat(file)).mtimeMs).toBe(statBefore.mtimeMs);
    const quarantine = await fsp.readdir(path.join(dir, 'data', 'quarantine'));
    expect(quarantine.filter((n) => n.endsWith('rusak.rancang'))).toHaveLength(1);
    const note = await fsp.readFile(
      path.join(
        dir,
        'data',
        'quarantine',
        quarantine.find((n) => n.endsWith('.txt'))!,
      ),
      'utf8',
    );
    expect(note).toContain(file);
    expect(await fsp.readdir(dir)).toEqual(expect.arrayContaining(['rusak.rancang']));
  });

  it("another app's JSON gets a message but no quarantine copy (it is not damaged)", async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'lain.rancang');
    await fsp.writeFile(file, JSON.stringify({ name: 'paket', version: '1.0.0' }));
    const { services, dialogs } = await servicesIn(dir);
    dialogs.answer(file);
    const r = await services.openProject();
    expect(!r.ok && r.code).toBe('NOT_RANCANG');
    await expect(fsp.readdir(path.join(dir, 'data', 'quarantine'))).rejects.toThrow();
  });
});

describe('services: settings', () => {
  it('keeps the installation id across restarts and survives a damaged settings file', async () => {
    const dir = await tempDir();
    await servicesIn(dir);
    const settingsFile = path.join(dir, 'data', 'settings.json');
    const first = JSON.parse(await fsp.readFile(settingsFile, 'utf8')).installId;
    await servicesIn(dir);
    expect(JSON.parse(await fsp.readFile(settingsFile, 'utf8')).installId).toBe(first);
    await fsp.writeFile(settingsFile, '{"installId": rusak');
    const { services } = await servicesIn(dir);
    expect((await services.appInfo()).ok).toBe(true);
    expect((await fsp.readdir(path.join(dir, 'data', 'quarantine'))).some((n) => n.endsWith('settings.json'))).toBe(true);
  });

  it('remembers the language', async () => {
    const dir = await tempDir();
    const { services } = await servicesIn(dir);
    await services.setLanguage('en');
    const { services: again } = await servicesIn(dir);
    const info = await again.appInfo();
    expect(info.ok && info.value.language).toBe('en');
  });

  it('keeps the recent list short and forgets on request', async () => {
    const dir = await tempDir();
    const { services, dialogs } = await servicesIn(dir);
    for (let i = 0; i < 15; i++) {
      dialogs.answer(path.join(dir, `p${i}.rancang`));
      await services.saveProjectAs(createProject(), `p${i}`);
    }
    const list = await services.listRecent();
    expect(list.ok && list.value).toHaveLength(12);
    expect(list.ok && list.value[0]!.fileName).toBe('p14.rancang');
    await services.forgetRecent(list.ok ? list.value[0]!.id : '');
    const after = await services.listRecent();
    expect(after.ok && after.value[0]!.fileName).toBe('p13.rancang');
  });
});
