/**
 * Limits checked before writing: nine-plus 4 MB photos make a project the app could not open again,
 * so saving it is refused before anything is written, with a message naming what to shrink.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import jpeg from 'jpeg-js';
import { describe, expect, it } from 'vitest';
import { checkFileBudget, projectFileBytes } from '../../../shared/domain/fileBudget';
import { createProject } from '../../../shared/model/envelope';
import { LIMITS } from '../../../shared/model/limits';
import type { Project } from '../../../shared/model/types';
import { servicesIn, tempDir } from '../helpers';

const tiny = Buffer.from(jpeg.encode({ width: 8, height: 8, data: Buffer.alloc(8 * 8 * 4, 200) }, 80).data);

/** A real JPEG of about `bytes` bytes (a small picture padded with comment segments, as cameras pad with metadata), as base64. */
function photo(bytes: number): string {
  const parts: Buffer[] = [tiny.subarray(0, 2)];
  let size = tiny.length;
  while (size < bytes) {
    const n = Math.min(65_533, bytes - size);
    const seg = Buffer.alloc(4 + n, 0x20);
    seg.writeUInt16BE(0xfffe, 0);
    seg.writeUInt16BE(n + 2, 2);
    parts.push(seg);
    size += seg.length;
  }
  parts.push(tiny.subarray(2));
  return Buffer.concat(parts).toString('base64');
}

function withPhotos(p: Project, n: number): Project {
  return {
    ...p,
    attachments: Array.from({ length: n }, (_, i) => ({
      id: `foto-${i}`,
      name: `foto${i}.jpg`,
      mime: 'image/jpeg' as const,
      data: photo(3_800_000 + i * 1000),
      caption: `Foto kegiatan ${i + 1}`,
      milestoneId: null,
    })),
  };
}

describe('the file cap is checked before writing', () => {
  it('a project over the cap is refused with what to shrink, and the file keeps its last version', async () => {
    const dir = await tempDir();
    const { services, dialogs } = await servicesIn(dir);
    const file = path.join(dir, 'foto.rancang');
    dialogs.answer(file);
    const made = await services.saveProjectAs(createProject({ title: 'Foto' }), 'foto');
    if (!made.ok || !made.value) throw new Error('not created');
    const before = await fsp.readFile(file);

    const big = withPhotos(made.value.project, 11);
    expect(projectFileBytes(big)).toBeGreaterThan(LIMITS.fileBytes);
    const r = await services.saveProject(made.value.docId, big, false);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('PROJECT_TOO_LARGE');
    expect(r.message).toMatch(/^Proyek terlalu besar untuk disimpan \(\d+,\d MB; batas berkas 40 MB\)/);
    expect(r.message).toContain('“Foto kegiatan 11”');
    expect(await fsp.readFile(file)).toEqual(before);

    // Saving as a new file is refused before the dialog is shown.
    const asNew = await services.saveProjectAs(big, 'besar');
    expect(asNew.ok || asNew.code).toBe('PROJECT_TOO_LARGE');
    // Fewer photos fit, and the file opens again.
    const fits = withPhotos(made.value.project, 7);
    expect(checkFileBudget(fits)).toBeNull();
    expect((await services.saveProject(made.value.docId, fits, false)).ok).toBe(true);
    await services.closeDocument(made.value.docId);
    const reopened = await services.openPath(file);
    expect(reopened.ok ? 'ok' : `${reopened.code} ${reopened.message}`).toBe('ok');
  }, 60_000);
});
