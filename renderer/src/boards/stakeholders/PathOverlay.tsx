/**
 * The dated positions' path on the interactive grid (issue 15), toggled from the map's toolbar:
 * for each stakeholder with positions recorded between before and after, a dashed line through
 * before → each dated position → after, each point a numbered mark (1 = before), so the way is
 * read by shape and number, not by colour. Drawn over the cards in the corner of each cell, where
 * it hides no name; the list beside it (PathList) says the same in words for screen readers.
 */
import { useLayoutEffect, useState, type RefObject } from 'react';
import { positionPath } from '../../../../shared/domain/postTraining/positionPath';
import type { Stakeholder } from '../../../../shared/model/types';

/** Stakeholders with a dated position: the only ones with a path beyond before → after. */
export const withPath = (stakeholders: readonly Stakeholder[]) => stakeholders.filter((s) => s.positions.length > 0 && positionPath(s).length > 1);

/** Paths of different stakeholders sharing cells are drawn side by side, a few pixels apart. */
const LANE_PX = 7;
const LANES = 5;

export function PathOverlay({ stakeholders, gridRef }: { stakeholders: readonly Stakeholder[]; gridRef: RefObject<HTMLDivElement | null> }) {
  const [size, setSize] = useState({ w: 0, h: 0 });
  useLayoutEffect(() => {
    const el = gridRef.current;
    if (!el) return;
    const measure = () => setSize({ w: el.clientWidth, h: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [gridRef]);
  const paths = withPath(stakeholders);
  if (size.w === 0 || paths.length === 0) return null;
  const cw = size.w / 5,
    ch = size.h / 5;
  return (
    <svg className="sh-path" width={size.w} height={size.h} aria-hidden="true" data-testid="path-overlay" data-paths={paths.length}>
      <defs>
        <marker id="sh-path-arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="6" markerHeight="6" orient="auto">
          <path d="M0,0 L10,5 L0,10 z" fill="currentColor" />
        </marker>
      </defs>
      {paths.map((s, lane) => {
        const off = 12 + (lane % LANES) * LANE_PX;
        const pts = positionPath(s).map((pt) => ({ x: (pt.interest - 1) * cw + off, y: (5 - pt.power) * ch + off + 4 }));
        return (
          <g key={s.id} data-path={s.id}>
            <polyline points={pts.map((p) => `${p.x},${p.y}`).join(' ')} markerEnd="url(#sh-path-arrow)" />
            {pts.map((p, i) => (
              <g key={i} className="sh-path-point">
                <circle cx={p.x} cy={p.y} r={6.5} />
                <text x={p.x} y={p.y + 3}>
                  {i + 1}
                </text>
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
