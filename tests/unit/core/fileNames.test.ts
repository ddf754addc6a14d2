/** Suggested file names carry no bidi controls or invisible characters (issue 17). */
import { describe, expect, it } from 'vitest';
import { safeFileStem } from '../../../electron/core/fileNames';

describe('file names from titles', () => {
  it('drop bidi overrides, isolates and zero-width characters', () => {
    expect(safeFileStem('Laporan \u202Excod.exe')).toBe('Laporan xcod.exe');
    expect(safeFileStem('A\u200bB\u2066C\u2069\ufeffD\u200fE')).toBe('ABCDE');
  });
  it('keep ordinary titles as they are', () => {
    expect(safeFileStem('Optimalisasi Layanan Izin Usaha')).toBe('Optimalisasi Layanan Izin Usaha');
  });
});
