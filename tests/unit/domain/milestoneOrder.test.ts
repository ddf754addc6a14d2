import { describe, expect, it } from 'vitest';
import { blankItem } from '../../../shared/domain/blank';
import { outOfOrderMilestones } from '../../../shared/domain/milestoneOrder';
import type { Milestone } from '../../../shared/model/types';

const ms = (id: string, horizon: Milestone['horizon'], start: string | null, end: string | null = start): Milestone =>
  blankItem('milestones', { id, horizon, start, end });

describe('outOfOrderMilestones', () => {
  it('is empty when every lane runs forward in time', () => {
    expect(outOfOrderMilestones([ms('a', 'PENDEK', '2022-03-15'), ms('b', 'PENDEK', '2022-03-21'), ms('c', 'MENENGAH', '2022-01-01')])).toEqual(new Map());
  });

  it('names the earlier card a card starts before, lane by lane', () => {
    const r = outOfOrderMilestones([
      ms('a', 'PENDEK', '2022-03-15'),
      ms('b', 'PENDEK', '2022-04-04'),
      ms('c', 'PENDEK', '2022-03-28'),
      ms('x', 'MENENGAH', '2022-06-01'),
      ms('y', 'MENENGAH', '2022-10-03'),
    ]);
    expect([...r]).toEqual([['c', 'b']]);
  });

  it('compares with the latest card in order, not the one just flagged, and skips undated cards', () => {
    const r = outOfOrderMilestones([
      ms('a', 'PANJANG', '2023-03-01'),
      ms('b', 'PANJANG', null),
      ms('c', 'PANJANG', '2023-01-01'),
      ms('d', 'PANJANG', '2023-02-01'),
    ]);
    expect([...r]).toEqual([
      ['c', 'a'],
      ['d', 'a'],
    ]);
  });

  it('uses the end date when a card has only an end date', () => {
    expect([...outOfOrderMilestones([ms('a', 'PENDEK', '2022-04-01'), ms('b', 'PENDEK', null, '2022-03-01')])]).toEqual([['b', 'a']]);
  });
});
