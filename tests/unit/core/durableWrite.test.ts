import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleTemps, writeFileDurably, type FsOps } from '../../../electron/core/durableWrite';
import { tempDir } from '../helpers';

const lockedFor = (failures: number, code: string): FsOps & { calls: number } => {
  const ops = {
    calls: 0,
    async rename(a: string, b: string) {
      ops.calls++;
      if (ops.calls <= failures) throw Object.assign(new Error(`${code}: locked`), { code });
      await fsp.rename(a, b);
    },
  };
  return ops;
};

describe('durable write', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'p.rancang');
    await fsp.writeFile(f, 'lama');
    await writeFileDurably(f, 'baru');
    expect(await fsp.readFile(f, 'utf8')).toBe('baru');
    expect(await fsp.readdir(dir)).toEqual(['p.rancang']);
  });

  it.each(['EPERM', 'EBUSY', 'EACCES'])('retries a rename that Windows refuses with %s', async (code) => {
    const dir = await tempDir();
    const f = path.join(dir, 'p.rancang');
    await fsp.writeFile(f, 'lama');
    const ops = lockedFor(3, code);
    await writeFileDurably(f, 'baru', { ops, retryDelayMs: 1 });
    expect(ops.calls).toBe(4);
    expect(await fsp.readFile(f, 'utf8')).toBe('baru');
  });

  it('gives up after the retries, keeps the old content and removes its temp file', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'p.rancang');
    await fsp.writeFile(f, 'lama');
    await expect(writeFileDurably(f, 'baru', { ops: lockedFor(100, 'EPERM'), retries: 3, retryDelayMs: 1 })).rejects.toThrow(/EPERM/);
    expect(await fsp.readFile(f, 'utf8')).toBe('lama');
    expect(await fsp.readdir(dir)).toEqual(['p.rancang']);
  });

  it('does not retry errors that will not go away', async () => {
    const dir = await tempDir();
    const ops = lockedFor(100, 'ENOSPC');
    await expect(writeFileDurably(path.join(dir, 'p.rancang'), 'x', { ops, retryDelayMs: 1 })).rejects.toThrow(/ENOSPC/);
    expect(ops.calls).toBe(1);
  });

  it('cleans temp files that a killed write left behind, and only those', async () => {
    const dir = await tempDir();
    const f = path.join(dir, 'p.rancang');
    await fsp.writeFile(path.join(dir, '.p.rancang.123.abcd.tmp'), 'sisa');
    await fsp.writeFile(path.join(dir, '.lain.rancang.1.ab.tmp'), 'milik berkas lain');
    expect(await removeStaleTemps(f)).toBe(1);
    expect((await fsp.readdir(dir)).sort()).toEqual(['.lain.rancang.1.ab.tmp']);
  });
});
