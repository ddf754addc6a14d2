/**
 * Your file stays yours: the same participant on a second computer (another data folder, another
 * installation id) keeps editing their own file after answering once, without forking copies;
 * someone else's file and a newer-version file stay read-only.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProject } from '../../../shared/model/envelope';
import { servicesIn, tempDir } from '../helpers';

async function twoComputers() {
  const dir = await tempDir('rancang-own-');
  const office = await servicesIn(dir, { dataDir: path.join(dir, 'office') });
  const home = await servicesIn(dir, { dataDir: path.join(dir, 'home') });
  const file = path.join(dir, 'Proyek Siti.rancang');
  office.dialogs.answer(file);
  const made = await office.services.saveProjectAs(createProject({ title: 'Proyek Siti' }), 'Proyek Siti');
  expect(made.ok).toBe(true);
  return { dir, office: office.services, home: home.services, file };
}

describe('a file from another installation', () => {
  it('is asked about once; "mine" makes it editable there from then on, with no copy made', async () => {
    const { dir, home, file } = await twoComputers();
    const first = await home.openPath(file);
    if (!first.ok) throw new Error(first.message);
    expect(first.value).toMatchObject({ readOnlyReason: 'SHARED', askOwnership: true });

    const answered = await home.setOwnership(first.value.docId, true);
    if (!answered.ok) throw new Error(answered.message);
    expect(answered.value.readOnlyReason).toBeNull();
    const saved = await home.saveProject(answered.value.docId, { ...answered.value.project, title: 'Diubah di rumah' }, false);
    expect(saved.ok).toBe(true);
    await home.closeDocument(answered.value.docId);

    const again = await home.openPath(file);
    if (!again.ok) throw new Error(again.message);
    expect(again.value.readOnlyReason).toBeNull();
    expect(again.value.askOwnership).toBeUndefined();
    expect(again.value.project.title).toBe('Diubah di rumah');
    // One file, no "(salinan)".
    expect((await fsp.readdir(dir)).filter((n) => n.endsWith('.rancang'))).toEqual(['Proyek Siti.rancang']);
  });

  it('back on the first computer (the file now saved at home) it is asked once there too, then remembered', async () => {
    const { office, home, file } = await twoComputers();
    const h = await home.openPath(file);
    if (!h.ok) throw new Error(h.message);
    await home.setOwnership(h.value.docId, true);
    await home.saveProject(h.value.docId, { ...h.value.project, title: 'Dari rumah' }, false);
    await home.closeDocument(h.value.docId);

    const o = await office.openPath(file);
    if (!o.ok) throw new Error(o.message);
    expect(o.value).toMatchObject({ readOnlyReason: 'SHARED', askOwnership: true });
    await office.setOwnership(o.value.docId, true);
    await office.closeDocument(o.value.docId);
    const o2 = await office.openPath(file);
    if (!o2.ok) throw new Error(o2.message);
    expect(o2.value.readOnlyReason).toBeNull();
  });

  it('"not mine" (a mentor, an examiner) stays read-only and is not asked again', async () => {
    const { home: mentor, file } = await twoComputers();
    const first = await mentor.openPath(file);
    if (!first.ok) throw new Error(first.message);
    const answered = await mentor.setOwnership(first.value.docId, false);
    if (!answered.ok) throw new Error(answered.message);
    expect(answered.value.readOnlyReason).toBe('SHARED');
    expect((await mentor.saveProject(first.value.docId, first.value.project, false)).ok).toBe(false);
    await mentor.closeDocument(first.value.docId);
    const again = await mentor.openPath(file);
    if (!again.ok) throw new Error(again.message);
    expect(again.value).toMatchObject({ readOnlyReason: 'SHARED' });
    expect(again.value.askOwnership).toBeUndefined();
  });

  it('a newer-version file and the sample are never made editable by an answer', async () => {
    const { home, file } = await twoComputers();
    const text = JSON.parse(await fsp.readFile(file, 'utf8'));
    text.schemaVersion = 999;
    await fsp.writeFile(file, JSON.stringify(text));
    const future = await home.openPath(file);
    if (!future.ok) throw new Error(future.message);
    expect(future.value.readOnlyReason).toBe('FUTURE_VERSION');
    expect(future.value.askOwnership).toBeUndefined();
    const r = await home.setOwnership(future.value.docId, true);
    expect(r.ok && r.value.readOnlyReason).toBe('FUTURE_VERSION');
    const sample = await home.openSample();
    if (!sample.ok) throw new Error(sample.message);
    expect(sample.value.askOwnership).toBeUndefined();
    const rs = await home.setOwnership(sample.value.docId, true);
    expect(rs.ok && rs.value.readOnlyReason).toBe('SAMPLE');
  });
});
