import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ErrorLog, LOG_FILES_KEPT } from '../../../electron/core/errorLog';
import { tempDir } from '../helpers';

describe('the error log in the data folder', () => {
  it('appends one JSON line per error, cut short, and rotates by size keeping a few files', async () => {
    const dir = await tempDir();
    const log = new ErrorLog(dir, () => new Date('2026-12-02T00:00:00Z'), 2_000);
    for (let i = 0; i < 40; i++) await log.append({ source: i % 2 ? 'main' : 'renderer', message: `gagal ${i} ${'x'.repeat(1000)}`, stack: 's'.repeat(50) });
    const names = (await fsp.readdir(path.join(dir, 'logs'))).sort();
    expect(names).toEqual(['rancang.1.log', 'rancang.2.log', 'rancang.log'].slice(0, LOG_FILES_KEPT));
    for (const n of names) expect((await fsp.stat(path.join(dir, 'logs', n))).size).toBeLessThanOrEqual(2_000);
    const last = (await fsp.readFile(log.file, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(last.at(-1)).toMatchObject({ at: '2026-12-02T00:00:00.000Z', source: 'main' });
    expect(last.at(-1).message.length).toBe(500);
    expect(last.at(-1).message.startsWith('gagal 39')).toBe(true);
  });
});
