/** Frozen versions inside the envelope: stored, ordered by sequence, each validated on its own, limited, migrated. */
import { describe, expect, it } from 'vitest';
import { decodeProjectText, encodeProject } from '../../../shared/model/envelope';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/model/migrations';
import { makeVersionRecord, VERSION_LIMITS } from '../../../shared/model/versions';
import type { Project } from '../../../shared/model/types';
import { sipantau } from '../domain/sipantau';

const META = { appVersion: 't', installId: 'i', savedAt: '2026-01-01T00:00:00.000Z' };

function version(project: Project, seq: number, frozenAt: string, name = `Versi ${seq}`) {
  return makeVersionRecord(project, { name, note: 'catatan', kind: 'rancangan' }, { id: `ver-${seq}`, seq, frozenAt, appVersion: 't' }).raw;
}

const decode = (text: string) => {
  const r = decodeProjectText(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
};

describe('frozen versions in the file', () => {
  it('a file without versions has none, and writes no versions field', () => {
    const text = encodeProject(sipantau(), META);
    expect(JSON.parse(text)).not.toHaveProperty('versions');
    expect(decode(text).versions).toEqual([]);
  });

  it('round-trips versions beside the project, each with its own project', () => {
    const now = sipantau();
    const old = { ...now, title: 'Judul waktu seminar' };
    const text = encodeProject(now, META, [JSON.stringify(version(old, 1, '2022-05-24T03:00:00.000Z', 'Rancangan — seminar 24 Mei 2022'))]);
    const d = decode(text);
    expect(d.project.title).toBe(now.title);
    expect(d.versions).toHaveLength(1);
    expect(d.versions[0]!.info).toMatchObject({ name: 'Rancangan — seminar 24 Mei 2022', note: 'catatan', seq: 1, kind: 'rancangan', damaged: null });
    expect(d.versions[0]!.project!.title).toBe('Judul waktu seminar');
  });

  it('orders versions by their recorded sequence, not their time (the clock was set back)', () => {
    const p = sipantau();
    const text = encodeProject(p, META, [
      JSON.stringify(version(p, 3, '2021-01-01T00:00:00.000Z', 'ketiga')),
      JSON.stringify(version(p, 1, '2022-06-01T00:00:00.000Z', 'pertama')),
      JSON.stringify(version(p, 2, '2020-01-01T00:00:00.000Z', 'kedua')),
    ]);
    expect(decode(text).versions.map((v) => v.info.name)).toEqual(['pertama', 'kedua', 'ketiga']);
  });

  it('a damaged version is shown as damaged and kept as it was; the rest of the file opens', () => {
    const p = sipantau();
    const broken = { ...version(p, 2, '2022-06-01T00:00:00.000Z', 'rusak'), project: { ...p, milestones: 'bukan daftar' } };
    const noHeader = { name: 'tanpa kepala', project: p };
    const text = encodeProject(p, META, [JSON.stringify(version(p, 1, '2022-05-01T00:00:00.000Z')), JSON.stringify(broken), JSON.stringify(noHeader)]);
    const d = decode(text);
    expect(d.project.title).toBe(p.title);
    const byName = Object.fromEntries(d.versions.map((v) => [v.info.name, v]));
    expect(byName['Versi 1']!.info.damaged).toBeNull();
    expect(byName['rusak']!.info.damaged).toBe('project');
    expect(byName['rusak']!.project).toBeNull();
    expect(byName['rusak']!.raw).toEqual(broken);
    expect(byName['tanpa kepala']!.info.damaged).toBe('header');
  });

  it(`refuses a file with more than ${VERSION_LIMITS.count} versions (500) with a clear message`, () => {
    const p = { ...sipantau(), attachments: [] };
    const one = JSON.stringify(version(p, 1, '2022-05-01T00:00:00.000Z'));
    const text = encodeProject(
      p,
      META,
      Array.from({ length: 500 }, () => one),
    );
    const r = decodeProjectText(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('TOO_MANY_VERSIONS');
    expect(r.message).toContain('500 versi beku');
    expect(r.message).toContain(`batas ${VERSION_LIMITS.count}`);
  });

  it('exactly the limit still opens', () => {
    const p = { ...sipantau(), attachments: [] };
    const list = Array.from({ length: VERSION_LIMITS.count }, (_, i) => JSON.stringify(version(p, i + 1, '2022-05-01T00:00:00.000Z')));
    expect(decode(encodeProject(p, META, list)).versions).toHaveLength(VERSION_LIMITS.count);
  });

  it('migrates an older version on open, and stores it in the current format from then on', () => {
    const p = sipantau();
    // Format 2 derived milestone codes from the order of the cards; a version frozen then has none.
    const oldProject = { ...p, milestones: p.milestones.map((m) => ({ ...m, code: '' })) };
    const old = { ...version(oldProject, 1, '2022-05-01T00:00:00.000Z'), schemaVersion: 2 };
    const d = decode(encodeProject(p, META, [JSON.stringify(old)]));
    const v = d.versions[0]!;
    expect(v.info.damaged).toBeNull();
    expect(v.project!.milestones.map((m) => m.code)).toEqual(p.milestones.map((m) => m.code));
    expect((v.raw as { schemaVersion: number }).schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('a whole file of an older format carries its versions through the migration', () => {
    const p = sipantau();
    const oldProject = { ...p, milestones: p.milestones.map((m) => ({ ...m, code: '' })) };
    const text = encodeProject(oldProject, META, [JSON.stringify({ ...version(oldProject, 1, '2022-05-01T00:00:00.000Z'), schemaVersion: 2 })]);
    const envelope = { ...JSON.parse(text), schemaVersion: 2 };
    const d = decode(JSON.stringify(envelope));
    expect(d.fileVersion).toBe(2);
    expect(d.versions).toHaveLength(1);
    expect(d.versions[0]!.project!.milestones[0]!.code).toBe(p.milestones[0]!.code);
  });

  it('a version from a newer app is kept, shown as unreadable here', () => {
    const p = sipantau();
    const future = { ...version(p, 1, '2030-01-01T00:00:00.000Z'), schemaVersion: CURRENT_SCHEMA_VERSION + 1 };
    const d = decode(encodeProject(p, META, [JSON.stringify(future)]));
    expect(d.versions[0]!.info.damaged).toBe('future');
    expect(d.versions[0]!.raw).toEqual(future);
  });
});
