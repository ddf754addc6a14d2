/**
 * Arrows from each stakeholder's position before to after, over the grid. Drawn in pixels of the
 * grid's current size so arrowheads keep their shape; decoration only (the table says the same in words).
 */
import { useEffect, useState, type RefObject } from 'react';
import { positionQuadrant } from '../../../../shared/domain/quadrant';
import type { Stakeholder } from '../../../../shared/model/types';
import { cellCentre } from './grid';

export function MovementOverlay({ stakeholders, threshold, gridRef }: { stakeholders: Stakeholder[]; threshold: number; gridRef: RefObject<HTMLDivElement | null> }) {
  const [size, setSize] = useState({ w: 0, h: 0 });
  useEffect(() => {
    const el = gridRef.current;
    if (!el) return;
    const ro = new ResizeObserver(() => setSize({ w: el.clientWidth, h: el.clientHeight }));
    ro.observe(el);
    return () => ro.disconnect();
  }, [gridRef]);
  const arrows = stakeholders.flatMap((s, i) => {
    const a = s.before, b = s.after;
    if (a.power === null || a.interest === null || b.power === null || b.interest === null) return [];
    if (a.power === b.power && a.interest === b.interest) return [];
    const from = cellCentre({ power: a.power, interest: a.interest });
    const to = cellCentre({ power: b.power, interest: b.interest });
    // Fan out arrows that share a cell so they stay distinguishable.
    const jitter = ((i % 5) - 2) * 4;
    const changed = positionQuadrant(a, threshold) !== positionQuadrant(b, threshold);
    return [{ id: s.id, x1: from.x * size.w + jitter, y1: from.y * size.h + jitter, x2: to.x * size.w + jitter, y2: to.y * size.h + jitter, changed }];
  });
  if (size.w === 0) return null;
  return (
    <svg className="sh-movement" width={size.w} height={size.h} aria-hidden="true" data-testid="movement-overlay" data-arrows={arrows.length}>
      <defs>
        <marker id="sh-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
        </marker>
      </defs>
      {arrows.map((a) => (
        <line key={a.id} x1={a.x1} y1={a.y1} x2={a.x2} y2={a.y2} className={a.changed ? 'changed' : ''} markerEnd="url(#sh-arrow)" />
      ))}
    </svg>
  );
}
