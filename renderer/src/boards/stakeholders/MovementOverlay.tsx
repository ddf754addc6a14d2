/**
 * Arrows from each stakeholder's position before to after, over the grid, from marker to marker:
 * one end is the card's own mark in the snapshot shown, the other a small ghost mark where the
 * stakeholder stands in the other snapshot. Drawn in pixels of the grid's current size, measured
 * from the cards themselves; decoration only (the table says the same in words).
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { positionQuadrant } from '../../../../shared/domain/quadrant';
import type { Stakeholder } from '../../../../shared/model/types';
import { cellCentre } from './grid';

interface Props {
  stakeholders: Stakeholder[];
  which: 'before' | 'after';
  threshold: number;
  gridRef: RefObject<HTMLDivElement | null>;
}

interface Arrow {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  changed: boolean;
  mark: string;
}

/** Where a card's mark is drawn, relative to the grid; null when the card is not shown (filtered, folded). */
function markAt(grid: HTMLElement, id: string): { x: number; y: number } | null {
  const card = grid.querySelector(`[data-testid="sh-card-${CSS.escape(id)}"]`);
  const mark = card?.querySelector('.sh-mark');
  if (!card || !mark) return null;
  // The card's left edge at the height of its mark: the card covers the overlay, so an arrow
  // ending on the mark itself would lose its head under the card.
  const g = grid.getBoundingClientRect(),
    r = mark.getBoundingClientRect(),
    c = card.getBoundingClientRect();
  return { x: c.left - 1 - g.left, y: r.top + r.height / 2 - g.top };
}

export function MovementOverlay({ stakeholders, which, threshold, gridRef }: Props) {
  const [size, setSize] = useState({ w: 0, h: 0 });
  const [arrows, setArrows] = useState<Arrow[]>([]);
  useLayoutEffect(() => {
    const el = gridRef.current;
    if (!el) return;
    const measure = () => {
      const w = el.clientWidth,
        h = el.clientHeight;
      setSize({ w, h });
      const other = which === 'before' ? 'after' : 'before';
      // Ghost marks sharing a cell are stacked so each arrow keeps its own start.
      const perCell = new Map<string, number>();
      setArrows(
        stakeholders.flatMap((s) => {
          const here = s[which],
            there = s[other];
          if (here.power === null || here.interest === null || there.power === null || there.interest === null) return [];
          if (here.power === there.power && here.interest === there.interest) return [];
          const key = `${there.power}:${there.interest}`;
          const n = perCell.get(key) ?? 0;
          perCell.set(key, n + 1);
          const c = cellCentre({ power: there.power, interest: there.interest });
          const ghost = { x: c.x * w - w / 10 + 12 + (n % 4) * 14, y: c.y * h - h / 10 + 26 + Math.floor(n / 4) * 14 };
          const centre = cellCentre({ power: here.power, interest: here.interest });
          const card = markAt(el, s.id) ?? { x: centre.x * w, y: centre.y * h };
          const [from, to] = which === 'after' ? [ghost, card] : [card, ghost];
          const changed = positionQuadrant(s.before, threshold) !== positionQuadrant(s.after, threshold);
          return [{ id: s.id, x1: from.x, y1: from.y, x2: to.x, y2: to.y, changed, mark: which === 'after' ? 'start' : 'end' }];
        }),
      );
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [gridRef, stakeholders, which, threshold]);
  if (size.w === 0) return null;
  return (
    <svg className="sh-movement" width={size.w} height={size.h} aria-hidden="true" data-testid="movement-overlay" data-arrows={arrows.length}>
      <defs>
        <marker id="sh-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
        </marker>
      </defs>
      {arrows.map((a) => {
        const ghost = a.mark === 'start' ? { x: a.x1, y: a.y1 } : { x: a.x2, y: a.y2 };
        return (
          <g key={a.id} className={a.changed ? 'changed' : ''}>
            <circle cx={ghost.x} cy={ghost.y} r={5} className="sh-ghost" />
            <line x1={a.x1} y1={a.y1} x2={a.x2} y2={a.y2} markerEnd="url(#sh-arrow)" />
          </g>
        );
      })}
    </svg>
  );
}
