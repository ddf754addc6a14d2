import { describe, expect, it } from 'vitest';
import { dropTarget } from '../../../renderer/src/boards/milestones/dropTarget';
import { cellCentre, cellId, nearestCellIn, parseCellId } from '../../../renderer/src/boards/stakeholders/grid';
import { quadrantOf } from '../../../shared/domain/quadrant';

describe('stakeholder grid geometry', () => {
  it('round-trips cell ids and refuses anything else', () => {
    expect(parseCellId(cellId({ power: 4, interest: 2 }))).toEqual({ power: 4, interest: 2 });
    for (const bad of ['cell:0:3', 'cell:6:1', 'cell:3', 'SH-01', 42, null, 'lane:PENDEK']) expect(parseCellId(bad)).toBeNull();
  });

  it('puts power up and interest right', () => {
    expect(cellCentre({ power: 5, interest: 1 })).toEqual({ x: 0.1, y: 0.1 });
    expect(cellCentre({ power: 1, interest: 5 })).toEqual({ x: 0.9, y: 0.9 });
  });

  it('"move to quadrant" picks the cell of that quadrant nearest to where the stakeholder is', () => {
    expect(nearestCellIn('SUBJECT', 3, 2, 3)).toEqual({ power: 2, interest: 3 });
    expect(nearestCellIn('KEY_PLAYER', 2, 2, 3)).toEqual({ power: 3, interest: 3 });
    expect(nearestCellIn('CROWD', 5, 5, 3)).toEqual({ power: 2, interest: 2 });
    for (const q of ['KEY_PLAYER', 'CONTEXT_SETTER', 'SUBJECT', 'CROWD'] as const) {
      for (const threshold of [2, 3, 4, 5]) {
        const c = nearestCellIn(q, null, null, threshold);
        expect(quadrantOf(c.power, c.interest, threshold), `${q} at ${threshold}`).toBe(q);
      }
    }
  });
});

describe('milestone board drop targets', () => {
  const lanes = { PENDEK: ['a', 'b', 'c'], MENENGAH: ['d', 'e'], PANJANG: [] as string[] };
  it('within a lane: the position of the card dropped on (arrayMove semantics)', () => {
    expect(dropTarget(lanes, 'a', 'c', false)).toEqual({ horizon: 'PENDEK', index: 2 });
    expect(dropTarget(lanes, 'c', 'a', true)).toEqual({ horizon: 'PENDEK', index: 0 });
  });
  it('across lanes: before the card, or after it when dropped on its lower half', () => {
    expect(dropTarget(lanes, 'a', 'd', false)).toEqual({ horizon: 'MENENGAH', index: 0 });
    expect(dropTarget(lanes, 'a', 'd', true)).toEqual({ horizon: 'MENENGAH', index: 1 });
  });
  it('on a lane itself (an empty one too): at its end', () => {
    expect(dropTarget(lanes, 'a', 'lane:PANJANG', false)).toEqual({ horizon: 'PANJANG', index: 0 });
    expect(dropTarget(lanes, 'd', 'lane:MENENGAH', false)).toEqual({ horizon: 'MENENGAH', index: 1 });
    expect(dropTarget(lanes, 'a', 'somewhere', false)).toBeNull();
  });
});
