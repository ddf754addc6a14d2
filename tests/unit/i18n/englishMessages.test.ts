/**
 * Two messages that reached the English UI in Indonesian (issue 17, item 6): a cohort's failed
 * files, and the notice naming a picture left out when a file opens. Both now travel as codes
 * (a Fail, a Notice with the picture's place and problem) and are worded where they are shown;
 * in English they must hold no Indonesian, in Indonesian they must, so the check sees its target.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withoutUndecodablePictures } from '../../../electron/core/pictureDecode';
import { failText } from '../../../shared/errors';
import { noticeText } from '../../../shared/i18n/notices';
import { decodeProjectText } from '../../../shared/model/envelope';
import type { Project } from '../../../shared/model/types';
import { SAMPLE, servicesIn, tempDir } from '../helpers';
import { INDONESIAN_MARKERS } from './sameInBoth';

const INDONESIAN = new RegExp(`${INDONESIAN_MARKERS.source}|\\b(gambar|rusak|sah|terlalu|besar|lampiran|terpotong|bukan|tertulis)\\b`, 'i');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the sample damaged on purpose; the decoder is what checks it
type Env = { project: Record<string, any> };
const sample = (): Env => JSON.parse(readFileSync(SAMPLE, 'utf8'));

/** A PNG signature and header over noise: passes the signature check, fails decoding. */
function fakePng(): Buffer {
  const b = Buffer.alloc(4_000, 7);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
  Buffer.from([0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 40, 0, 0, 0, 30, 8, 2, 0, 0, 0]).copy(b, 8);
  return b;
}

describe('a picture left out on open', () => {
  it.each([
    ['not the type it claims', Buffer.from('<svg onload="x"/>').toString('base64'), /^Attached picture 1 \(palsu\.png\): not a valid PNG picture;/],
    ['broken base64', '***not base64***', /^Attached picture 1 \(palsu\.png\): the picture data is damaged;/],
  ])('is named in English when %s, and in Indonesian in the Indonesian UI', (_, data, english) => {
    const env = sample();
    env.project.attachments = [{ id: 'a1', name: 'palsu.png', mime: 'image/png', data, caption: '' }];
    const r = decodeProjectText(JSON.stringify(env));
    if (!r.ok) throw new Error(r.message);
    const dropped = r.value.notices.filter((n) => n.code === 'PICTURE_DROPPED');
    expect(dropped).toHaveLength(1);
    expect(noticeText(dropped[0]!, 'en')).toMatch(english);
    expect(noticeText(dropped[0]!, 'en')).not.toMatch(INDONESIAN);
    expect(noticeText(dropped[0]!, 'id')).toMatch(/^Lampiran gambar ke-1 \(palsu\.png\): /);
  });

  it('that does not decode is named in English too', () => {
    const p = decodeProjectText(readFileSync(SAMPLE, 'utf8'));
    if (!p.ok) throw new Error(p.message);
    const project: Project = {
      ...p.value.project,
      attachments: [{ id: 'rusak1', name: 'foto.png', mime: 'image/png', data: fakePng().toString('base64'), caption: '', milestoneId: null }],
    };
    const { notices } = withoutUndecodablePictures(project);
    expect(notices.map((n) => noticeText(n, 'en'))).toEqual([
      'Attached picture 1 (foto.png): the picture is damaged and cannot be opened; this picture was not loaded, the rest of the file opened as usual.',
    ]);
    expect(noticeText(notices[0]!, 'id')).toMatch(/gambarnya rusak dan tidak dapat dibuka/);
  });
});

describe("a cohort's failed files", () => {
  it('carry their failure as a code, worded in English for the English UI', async () => {
    const dir = await tempDir();
    const kelas = path.join(dir, 'kelas');
    await fsp.mkdir(kelas);
    await fsp.writeFile(path.join(kelas, 'terpotong.rancang'), '{"format":"rancang-perubahan","schemaVersion":2,"project":');
    await fsp.writeFile(path.join(kelas, 'bukan.rancang'), 'ini bukan JSON sama sekali');
    const wrong = sample();
    wrong.project.title = 42;
    await fsp.writeFile(path.join(kelas, 'salah-isi.rancang'), JSON.stringify(wrong));
    await fsp.writeFile(path.join(kelas, 'kosong.rancang'), '');
    await fsp.writeFile(path.join(kelas, 'versi.rancang'), JSON.stringify({ ...sample(), versions: 'rusak' }));
    const { services, dialogs } = await servicesIn(dir);
    Object.assign(dialogs, { chooseCohortFolder: () => Promise.resolve(kelas) });
    const r = await services.openCohort();
    if (!r.ok || !r.value) throw new Error('the cohort did not open');
    const failures = r.value.failures;
    expect(failures.map((f) => f.file).sort()).toEqual(['bukan.rancang', 'kosong.rancang', 'salah-isi.rancang', 'terpotong.rancang', 'versi.rancang']);
    for (const f of failures) {
      const en = failText(f.failure, 'en');
      expect(en, f.file).not.toMatch(INDONESIAN);
      expect(en, f.file).not.toMatch(/undefined|\{\w+\}/);
      expect(failText(f.failure, 'id'), f.file).toMatch(INDONESIAN);
    }
  });
});
