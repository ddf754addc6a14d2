/**
 * The save path copies the frozen versions' cached UTF-8 bytes into the file instead of encoding
 * the whole text again: the bytes must be exactly those of encodeProject, with names and texts
 * outside ASCII, with no versions and with several.
 */
import { describe, expect, it } from 'vitest';
import { fileBytes, storedVersion } from '../../../electron/core/projectAdapter';
import { decodeProjectText, encodeProject } from '../../../shared/model/envelope';
import { makeVersionRecord } from '../../../shared/model/versions';
import { sipantau } from '../domain/sipantau';

const META = { appVersion: '1.2.3', installId: 'pasang-1', savedAt: '2022-05-24T02:00:00.000Z' };

const version = (title: string, seq: number) => {
  const record = makeVersionRecord(
    { ...sipantau(), title },
    { name: `Versi ${seq} — “seminar” ✓`, note: 'catatan: ÆØÅ 😀', kind: 'rancangan' },
    { id: `ver-${seq}`, seq, frozenAt: '2022-05-24T02:00:00.000Z', appVersion: 't' },
  );
  return storedVersion(record.info, record.project, record.raw);
};

describe('fileBytes', () => {
  it('equals encodeProject as UTF-8, without versions and with three, and decodes back to the same versions', () => {
    const p = { ...sipantau(), title: 'Judul “baru” — Ä 😀' };
    expect(fileBytes(p, META, []).equals(Buffer.from(encodeProject(p, META), 'utf8'))).toBe(true);
    const versions = [version('Satu', 1), version('Dua ‘kutip’', 2), version('Tiga 😀', 3)];
    const bytes = fileBytes(p, META, versions);
    const text = encodeProject(
      p,
      META,
      versions.map((v) => v.utf8.toString('utf8')),
    );
    expect(bytes.equals(Buffer.from(text, 'utf8'))).toBe(true);
    expect(versions.every((v) => v.bytes === v.utf8.length)).toBe(true);
    const back = decodeProjectText(bytes.toString('utf8'));
    if (!back.ok) throw new Error(back.message);
    expect(back.value.project.title).toBe(p.title);
    expect(back.value.versions.map((v) => [v.info.name, v.project?.title])).toEqual(versions.map((v) => [v.info.name, v.project?.title]));
  });
});
