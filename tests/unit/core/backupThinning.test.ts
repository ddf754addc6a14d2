/** The thinning of backups over a synthetic timeline: all of the last hour, hourly for two days, daily for a month, a size cap. */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupFolder, backupPrevious, listBackupEntries } from '../../../electron/core/backups';
import { backupsToRemove, backupTime, THINNING, type BackupEntry } from '../../../electron/core/backupThinning';
import { tempDir } from '../helpers';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-12-02T12:00:00.000Z');

/** A save every 10 minutes for 40 days before now. */
function timeline(): BackupEntry[] {
  const out: BackupEntry[] = [];
  for (let t = NOW - 40 * DAY; t <= NOW; t += 10 * MIN) out.push({ name: `b${t}`, time: t, bytes: 1000 });
  return out;
}

function kept(entries: BackupEntry[], now = NOW, policy = THINNING) {
  const removed = new Set(backupsToRemove(entries, now, policy));
  return entries.filter((e) => !removed.has(e.name));
}

describe('backup thinning', () => {
  it('keeps every backup of the last hour, one per hour for two days, one per day for a month, nothing older', () => {
    const k = kept(timeline());
    const age = (e: BackupEntry) => NOW - e.time;
    expect(k.filter((e) => age(e) < HOUR)).toHaveLength(6);
    const hourly = k.filter((e) => age(e) >= HOUR && age(e) < 2 * DAY);
    expect(new Set(hourly.map((e) => Math.floor(e.time / HOUR))).size).toBe(hourly.length);
    expect(hourly.length).toBeGreaterThanOrEqual(46);
    expect(hourly.length).toBeLessThanOrEqual(48);
    const daily = k.filter((e) => age(e) >= 2 * DAY);
    expect(new Set(daily.map((e) => Math.floor(e.time / DAY))).size).toBe(daily.length);
    expect(daily.length).toBeGreaterThanOrEqual(27);
    expect(daily.length).toBeLessThanOrEqual(29);
    expect(k.every((e) => age(e) < 30 * DAY)).toBe(true);
    // The newest of each hour is the one kept.
    for (const e of hourly)
      expect(timeline().some((o) => Math.floor(o.time / HOUR) === Math.floor(e.time / HOUR) && o.time > e.time && NOW - o.time >= HOUR)).toBe(false);
  });

  it('a file untouched for months still keeps the version before its last save', () => {
    const old = [{ name: 'a', time: NOW - 90 * DAY, bytes: 1 }];
    expect(kept(old)).toEqual(old);
  });

  it('over the size cap, the oldest go first and the newest stays', () => {
    const entries = timeline().map((e) => ({ ...e, bytes: 10 * 1024 * 1024 }));
    const k = kept(entries);
    expect(k.reduce((n, e) => n + e.bytes, 0)).toBeLessThanOrEqual(THINNING.folderCapBytes);
    expect(k.map((e) => e.time)).toContain(NOW);
    const oldestKept = Math.min(...k.map((e) => e.time));
    expect(NOW - oldestKept).toBeLessThan(2 * DAY);
    // A single backup bigger than the cap is still kept: it is the only way back.
    expect(kept([{ name: 'x', time: NOW, bytes: THINNING.folderCapBytes * 2 }])).toHaveLength(1);
  });

  it('backups stamped in the future (the clock was set back) are kept as recent', () => {
    const entries = [
      { name: 'future', time: NOW + 5 * DAY, bytes: 1 },
      { name: 'future2', time: NOW + 5 * DAY - MIN, bytes: 1 },
      { name: 'now', time: NOW, bytes: 1 },
    ];
    expect(kept(entries).map((e) => e.name)).toEqual(['future', 'future2', 'now']);
  });

  it('reads the time back from the names it writes', () => {
    expect(backupTime('2026-12-02T02-55-54-123Z.rancang')).toBe(Date.parse('2026-12-02T02:55:54.123Z'));
    expect(backupTime('2026-12-02T02-55-54-123Z-2.rancang')).toBe(Date.parse('2026-12-02T02:55:54.123Z'));
    expect(backupTime('catatan.txt')).toBeNull();
  });

  it('on real files: saves over two days leave the thinned set, and two saves in one millisecond keep both', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'proyek.rancang');
    for (let t = NOW - 2 * DAY; t <= NOW; t += 30 * MIN) await backupPrevious(dir, file, Buffer.from(String(t)), new Date(t));
    const entries = await listBackupEntries(dir, file);
    expect(entries.filter((e) => NOW - e.time < HOUR)).toHaveLength(2);
    expect(entries.length).toBeLessThanOrEqual(2 + 48 + 1);
    expect(entries.length).toBeGreaterThanOrEqual(45);
    await backupPrevious(dir, file, Buffer.from('x'), new Date(NOW));
    const names = await fsp.readdir(backupFolder(dir, file));
    expect(names.filter((n) => n.startsWith('2026-12-02T12-00-00-000Z'))).toHaveLength(2);
  });
});
