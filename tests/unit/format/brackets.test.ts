import { describe, expect, it } from 'vitest';
import { inBrackets } from '../../../shared/format/brackets';

describe('inBrackets', () => {
  it('brackets plain text', () => {
    expect(inBrackets('≤ 1 tahun')).toBe('(≤ 1 tahun)');
  });
  it('never nests brackets: an inner bracketed part becomes a comma clause', () => {
    expect(inBrackets('selama pelatihan (±2 bulan)')).toBe('(selama pelatihan, ±2 bulan)');
    expect(inBrackets('a (b) c (d)')).toBe('(a, b c, d)');
  });
  it('a text that starts with a bracketed part loses only the brackets', () => {
    expect(inBrackets('(±2 bulan) selama pelatihan')).toBe('(±2 bulan selama pelatihan)');
  });
  it('drops a stray bracket', () => {
    expect(inBrackets('selama pelatihan (±2 bulan')).toBe('(selama pelatihan ±2 bulan)');
  });
});
