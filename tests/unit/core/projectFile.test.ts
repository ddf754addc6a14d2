import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProjectFile } from '../../../electron/core/projectFile';
import { createProject, encodeProject } from '../../../shared/model/envelope';
import { tempDir } from '../helpers';

const good = () => encodeProject(createProject({ title: 'Uji' }), { appVersion: '1', installId: 'me', savedAt: '' });

describe('reading a project file from disk', () => {
  it('reads a good file and reports its hash and size', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'a.rancang');
    await fsp.writeFile(f, good());
    const r = await readProjectFile(f);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(r.value.decoded.project.title).toBe('Uji');
  });

  it('refuses invalid UTF-8 bytes', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'bad.rancang');
    await fsp.writeFile(f, Buffer.concat([Buffer.from('{"format":"rancang-perubahan","title":"'), Buffer.from([0xc3, 0x28, 0xff, 0xfe]), Buffer.from('"}')]));
    const r = await readProjectFile(f);
    expect(!r.ok && r.code).toBe('INVALID_UTF8');
  });

  it('refuses a file over the size cap without reading it', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'big.rancang');
    await fsp.writeFile(f, Buffer.alloc(2048, 0x20));
    const r = await readProjectFile(f, 1024);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('TOO_LARGE');
    expect(r.message).toMatch(/terlalu besar/);
  });

  it('says a missing file is missing, and a folder is not a file', async () => {
    const dir = await tempDir();
    const missing = await readProjectFile(path.join(dir, 'tidak-ada.rancang'));
    expect(!missing.ok && missing.code).toBe('NOT_FOUND');
    const folder = await readProjectFile(dir);
    expect(!folder.ok && folder.code).toBe('READ_FAILED');
  });
});
