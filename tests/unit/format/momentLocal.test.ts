import { afterEach, describe, expect, it } from 'vitest';
import { formatMomentLocal } from '../../../shared/format/dates';

const savedTz = process.env['TZ'];
afterEach(() => {
  // Assigning undefined would set the text 'undefined', which the next file in this worker would read.
  if (savedTz === undefined) delete process.env['TZ'];
  else process.env['TZ'] = savedTz;
});

describe("a moment on the user's own clock", () => {
  it('04.17 WIB on Wednesday is Wednesday, not the UTC Tuesday', () => {
    process.env['TZ'] = 'Asia/Jakarta';
    expect(formatMomentLocal('2026-12-01T21:17:00.000Z', 'id')).toBe('Rabu, 2 Desember 2026, 04.17');
    expect(formatMomentLocal('2026-12-01T21:17:00.000Z', 'en')).toBe('Wednesday, 2 December 2026, 04:17');
  });

  it('follows the zone it runs in (WITA, and west of UTC)', () => {
    process.env['TZ'] = 'Asia/Makassar';
    expect(formatMomentLocal('2026-12-01T21:17:00.000Z')).toBe('Rabu, 2 Desember 2026, 05.17');
    process.env['TZ'] = 'America/New_York';
    expect(formatMomentLocal('2026-12-02T03:00:00.000Z')).toBe('Selasa, 1 Desember 2026, 22.00');
  });

  it('nothing for a broken time', () => {
    expect(formatMomentLocal('kemarin')).toBe('');
  });
});
