/** Budget lines, totals per source and overall, in Rupiah (docs/domain.md §4.4, §9.8). */
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/domain/commands';
import { budgetSummary, lineTotal, milestoneBudget } from '../../../shared/domain/budget';
import { formatRupiah, parseIndonesianNumber } from '../../../shared/format/numbers';
import type { BudgetLine } from '../../../shared/model/types';
import { sipantau } from './sipantau';

describe('SIPANTAU budget', () => {
  const p = sipantau();
  const s = budgetSummary(p.budgetLines);

  it('totals Rp6.920.000', () => {
    expect(s.total).toBe(6_920_000);
    expect(formatRupiah(s.total)).toBe('Rp6.920.000');
    expect(formatRupiah(s.total, 'DECIMALS')).toBe('Rp6.920.000,00');
  });

  it('splits it into APBD Rp5.370.000, Swadaya Rp1.550.000 and in-kind Rp0', () => {
    expect(s.bySource).toEqual([
      { source: 'APBD', total: 5_370_000, lines: 4 },
      { source: 'SWADAYA', total: 1_550_000, lines: 2 },
      { source: 'IN_KIND', total: 0, lines: 1 },
    ]);
    expect(s.unsourced).toEqual({ total: 0, lines: 0 });
  });

  it('computes each line as volume × unit price', () => {
    expect(p.budgetLines.map((l) => [l.id, lineTotal(l)])).toEqual([
      ['BL-01', 1_920_000],
      ['BL-02', 1_000_000],
      ['BL-03', 700_000],
      ['BL-04', 1_050_000],
      ['BL-05', 0],
      ['BL-06', 1_750_000],
      ['BL-07', 500_000],
    ]);
  });

  it('gives a milestone the sum of its linked lines (MP-05: BL-04 + BL-05)', () => {
    const mp05 = p.milestones.find((m) => m.id === 'MP-05')!;
    expect(milestoneBudget(mp05.budgetLineIds, p.budgetLines)).toBe(1_050_000);
  });
});

describe('budget edge cases', () => {
  const line = (over: Partial<BudgetLine>): BudgetLine => ({ id: 'x', item: '', volume: 0, unit: '', unitCost: 0, source: null, sourceDetail: '', ...over });

  it('rounds fractional volumes to whole rupiah', () => {
    expect(lineTotal(line({ volume: 2.5, unitCost: 35_001 }))).toBe(87_503);
  });

  it('keeps lines without a source apart, still in the overall total', () => {
    const s = budgetSummary([line({ id: 'a', volume: 1, unitCost: 1000, source: 'APBD' }), line({ id: 'b', volume: 3, unitCost: 500 })]);
    expect(s).toMatchObject({ total: 2500, unsourced: { total: 1500, lines: 1 } });
  });

  it('refuses negative volumes and prices and fractional rupiah', () => {
    const p = sipantau();
    for (const patch of [{ volume: -1 }, { unitCost: -40_000 }, { unitCost: 0.5 }]) {
      expect(applyCommand(p, { type: 'list/update', list: 'budgetLines', id: 'BL-01', patch }).ok).toBe(false);
    }
  });

  it('reads amounts as Indonesians type them', () => {
    expect(parseIndonesianNumber('Rp40.000')).toBe(40_000);
    expect(parseIndonesianNumber('6.920.000')).toBe(6_920_000);
    expect(parseIndonesianNumber('2,5')).toBe(2.5);
    expect(parseIndonesianNumber('Rp 350.000,-')).toBe(350_000);
    expect(parseIndonesianNumber('empat puluh')).toBeNull();
  });
});
