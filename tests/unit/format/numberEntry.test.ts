import { describe, expect, it } from 'vitest';
import { parseNumberEntry } from '../../../shared/format/numberEntry';
import { parseIndonesianNumber } from '../../../shared/format/numbers';

describe('numbers as Indonesians type them', () => {
  it.each([
    ['2.500,50', 2500.5],
    ['Rp 2.500', 2500],
    ['Rp2.500', 2500],
    ['rp. 2.500', 2500],
    ['Rp 350.000,-', 350_000],
    ['6.920.000', 6_920_000],
    ['2,5', 2.5],
    ['52', 52],
    ['-3', -3],
    ['  40.000 ', 40_000],
    ['0,75', 0.75],
  ])('%s is %d', (text, value) => {
    expect(parseNumberEntry(text)).toEqual({ value, factors: null });
  });

  it('a product of factors, as budget tables write volumes, keeps its factors', () => {
    expect(parseNumberEntry('3 x 20')).toEqual({ value: 60, factors: [3, 20] });
    expect(parseNumberEntry('3 × 20 × 2')).toEqual({ value: 120, factors: [3, 20, 2] });
    expect(parseNumberEntry('3X20')).toEqual({ value: 60, factors: [3, 20] });
    expect(parseNumberEntry('2,1 x 3')).toEqual({ value: 6.3, factors: [2.1, 3] });
    expect(parseNumberEntry('1.000 x 12')).toEqual({ value: 12_000, factors: [1000, 12] });
  });

  it.each(['', 'lima', '3 x', 'x 3', '2.50', '2.5', '1.2345', '2,', '2,5,5', '3 x lima', '1e5', 'Rp', '--3', '3 + 2'])('"%s" is not a number', (text) => {
    expect(parseNumberEntry(text)).toBeNull();
  });

  it('one number only where a product makes no sense', () => {
    expect(parseIndonesianNumber('3 x 20')).toBeNull();
    expect(parseIndonesianNumber('Rp 2.500,50')).toBe(2500.5);
  });
});
