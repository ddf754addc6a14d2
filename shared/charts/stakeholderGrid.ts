/**
 * Geometry of the power/interest grid: where each of the 5×5 lattice cells is, where the
 * threshold lines run, and where the markers of a crowded cell go. A cell holds as many markers
 * as fit; the rest become one "+N" mark, so 200 stakeholders on one cell stay readable.
 */
import type { Quadrant } from '../model/enums';

export const GRID = {
  left: 80,
  right: 624,
  top: 44,
  cellH: 80,
  /** Space kept free at the top of the top row and the bottom of the bottom row for the quadrant names. */
  band: 20,
  marker: 11,
  pitchX: 26,
  pitchY: 24,
} as const;

export const CELL_W = (GRID.right - GRID.left) / 5;
export const GRID_BOTTOM = GRID.top + 5 * GRID.cellH;

export interface CellBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The cell of a score pair: interest runs left → right, power bottom → top. */
export function cellBox(power: number, interest: number): CellBox {
  return { x: GRID.left + (interest - 1) * CELL_W, y: GRID.top + (5 - power) * GRID.cellH, w: CELL_W, h: GRID.cellH };
}

/** x of the line between low and high interest, y of the line between low and high power. */
export function thresholdLines(threshold: number): { x: number; y: number } {
  return { x: GRID.left + (threshold - 1) * CELL_W, y: GRID.top + (6 - threshold) * GRID.cellH };
}

/** The rectangle of each quadrant for the current threshold (high ⇔ score ≥ threshold). */
export function quadrantBoxes(threshold: number): Record<Quadrant, CellBox> {
  const t = thresholdLines(threshold);
  const w = GRID.right - GRID.left;
  return {
    CONTEXT_SETTER: { x: GRID.left, y: GRID.top, w: t.x - GRID.left, h: t.y - GRID.top },
    KEY_PLAYER: { x: t.x, y: GRID.top, w: GRID.right - t.x, h: t.y - GRID.top },
    CROWD: { x: GRID.left, y: t.y, w: t.x - GRID.left, h: GRID_BOTTOM - t.y },
    SUBJECT: { x: t.x, y: t.y, w: GRID.left + w - t.x, h: GRID_BOTTOM - t.y },
  };
}

/** How many markers fit in a cell, in columns and rows, after the label band of the outer rows. */
function cellRoom(power: number, interest: number): { box: CellBox; top: number; bottom: number; cols: number; rows: number } {
  const box = cellBox(power, interest);
  const top = box.y + (power === 5 ? GRID.band : 3);
  const bottom = box.y + box.h - (power === 1 ? GRID.band : 3);
  const cols = Math.max(1, Math.floor((box.w - 4) / GRID.pitchX));
  const rows = Math.max(1, Math.floor((bottom - top) / GRID.pitchY));
  return { box, top, bottom, cols, rows };
}

export function cellCapacity(power: number, interest: number): number {
  const r = cellRoom(power, interest);
  return r.cols * r.rows;
}

/** Centres for `n` markers (n ≤ capacity): as few rows as needed, each row and the block centred in the cell. */
export function cellSlots(power: number, interest: number, n: number): { x: number; y: number }[] {
  const { box, top, bottom, cols } = cellRoom(power, interest);
  const rowsUsed = Math.ceil(n / cols);
  const y0 = top + (bottom - top - rowsUsed * GRID.pitchY) / 2 + GRID.pitchY / 2;
  const slots: { x: number; y: number }[] = [];
  for (let r = 0; r < rowsUsed; r++) {
    const inRow = Math.min(cols, n - r * cols);
    const x0 = box.x + (box.w - inRow * GRID.pitchX) / 2 + GRID.pitchX / 2;
    for (let c = 0; c < inRow; c++) slots.push({ x: x0 + c * GRID.pitchX, y: y0 + r * GRID.pitchY });
  }
  return slots;
}

export interface Placed<T> {
  item: T;
  x: number;
  y: number;
}

/**
 * Places a cell's occupants. When there are more than fit, the last place shows "+N" for the ones
 * not drawn (they are still listed in the legend and in the report's table).
 */
export function placeInCell<T>(
  power: number,
  interest: number,
  occupants: T[],
): { placed: Placed<T>[]; overflow: { x: number; y: number; count: number } | null } {
  const capacity = cellCapacity(power, interest);
  if (occupants.length <= capacity) {
    const slots = cellSlots(power, interest, occupants.length);
    return { placed: occupants.map((item, i) => ({ item, ...slots[i]! })), overflow: null };
  }
  const slots = cellSlots(power, interest, capacity);
  const shown = capacity - 1;
  return {
    placed: occupants.slice(0, shown).map((item, i) => ({ item, ...slots[i]! })),
    overflow: { ...slots[shown]!, count: occupants.length - shown },
  };
}
