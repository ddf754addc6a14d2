/**
 * "Simpan sebagai", "Sunting salinan" and the handover copy carry the frozen versions (issue 15):
 * through the real services on temp files, the new file holds the versions' JSON byte for byte —
 * a damaged one too — and reopens with them readable.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeProject } from '../../../shared/model/envelope';
import { makeVersionRecord } from '../../../shared/model/versions';
import type { Project } from '../../../shared/model/types';
import { sipantau } from '../domain/sipantau';
import { servicesIn, tempDir } from '../helpers';

const MARK = ',"versions":[';
/** The versions part of a file exactly as written: everything from the versions key on. */
async function versionsText(file: string): Promise<Buffer> {
  const bytes = await fsp.readFile(file);
  const at = bytes.indexOf(MARK);
  if (at < 0) throw new Error(`no versions in ${file}`);
  return bytes.subarray(at);
}

const rawVersion = (p: Project, seq: number) =>
  makeVersionRecord(
    p,
    { name: `V${seq}`, note: 'catatan', kind: seq === 1 ? 'rancangan' : 'other' },
    { id: `ver-${seq}`, seq, frozenAt: '2022-05-24T02:00:00.000Z', appVersion: 't' },
  ).raw;

async function openWithVersions() {
  const dir = await tempDir();
  const { services, dialogs } = await servicesIn(dir);
  const p = sipantau();
  const broken = { ...rawVersion(p, 3), project: { ...p, stakeholders: 42 } };
  const file = path.join(dir, 'asal.rancang');
  const first = { ...p, title: 'Rancangan seminar' };
  await fsp.writeFile(
    file,
    encodeProject(
      p,
      { appVersion: 't', installId: '', savedAt: '' },
      [first, { ...p, title: 'Perbaikan' }].map((q, i) => JSON.stringify(rawVersion(q, i + 1))).concat(JSON.stringify(broken)),
    ),
  );
  dialogs.answer(file);
  const opened = await services.openProject();
  if (!opened.ok || !opened.value) throw new Error('open failed');
  return { dir, services, dialogs, file, doc: opened.value, project: p };
}

describe('save as carries the frozen versions', () => {
  it('the new file holds the same versions byte for byte (the damaged one too) and reopens with them', async () => {
    const { dir, services, dialogs, file, doc, project } = await openWithVersions();
    const target = path.join(dir, 'salinan.rancang');
    dialogs.answer(target);
    const r = await services.saveProjectAs({ ...project, title: 'Judul baru' }, 'salinan', doc.docId);
    if (!r.ok || !r.value) throw new Error('save as failed');
    expect(r.value.versions?.map((v) => [v.name, v.seq, v.damaged])).toEqual([
      ['V1', 1, null],
      ['V2', 2, null],
      ['V3', 3, 'project'],
    ]);
    expect((await versionsText(target)).equals(await versionsText(file))).toBe(true);

    // Saving the new document again keeps them, and a reopen reads them back.
    expect((await services.saveProject(r.value.docId, { ...project, title: 'Judul baru lagi' }, false)).ok).toBe(true);
    expect((await versionsText(target)).equals(await versionsText(file))).toBe(true);
    dialogs.answer(target);
    const reopened = await services.openProject();
    if (!reopened.ok || !reopened.value) throw new Error('reopen failed');
    expect(reopened.value.project.title).toBe('Judul baru lagi');
    const v1 = await services.readVersion(reopened.value.docId, 'ver-1');
    expect(v1.ok && v1.value.title).toBe('Rancangan seminar');
    expect(await services.readVersion(reopened.value.docId, 'ver-3')).toMatchObject({ ok: false, code: 'VERSION_DAMAGED' });
  });

  it('without a document (a project never saved) the file has no versions; an unknown document is refused before the dialog', async () => {
    const { dir, services, dialogs, project } = await openWithVersions();
    const target = path.join(dir, 'baru.rancang');
    dialogs.answer(target);
    const r = await services.saveProjectAs(project, 'baru');
    expect(r.ok && r.value?.versions).toEqual([]);
    expect((await fsp.readFile(target, 'utf8')).includes(MARK)).toBe(false);
    expect(await services.saveProjectAs(project, 'x', 'doc-tidakada')).toMatchObject({ ok: false, code: 'UNKNOWN_DOCUMENT' });
  });

  it('the handover copy carries the versions too, and the open file is untouched', async () => {
    const { dir, services, dialogs, file, doc, project } = await openWithVersions();
    const before = await fsp.readFile(file);
    const target = path.join(dir, 'serah-terima.rancang');
    dialogs.answer(target);
    const r = await services.saveHandoverCopy(doc.docId, { ...project, title: 'Untuk pengganti' }, 'serah');
    expect(r.ok && r.value?.fileName).toBe('serah-terima.rancang');
    expect((await versionsText(target)).equals(await versionsText(file))).toBe(true);
    expect((await fsp.readFile(file)).equals(before)).toBe(true);
  });
});
