/** The stakeholder marker: a numbered shape whose form and colour both say the attitude. */
import { ATTITUDE_STYLE, MIN_TEXT, type AttitudeKey } from './theme';
import { el, num, text } from './xml';

export function markerShape(x: number, y: number, r: number, attitude: AttitudeKey, ghost: boolean): string {
  const s = ATTITUDE_STYLE[attitude];
  // A "before" ghost keeps the shape but is drawn hollow and dashed, so it never reads as a second stakeholder.
  const paint = ghost
    ? { fill: '#ffffff', stroke: s.stroke, 'stroke-width': 1.5, 'stroke-dasharray': '3 2' }
    : { fill: s.fill, stroke: s.stroke, 'stroke-width': s.shape === 'open' ? 1.8 : 1 };
  switch (s.shape) {
    case 'square':
      return el('rect', { x: x - r * 0.9, y: y - r * 0.9, width: r * 1.8, height: r * 1.8, ...paint });
    case 'diamond': {
      const d = r * 1.18;
      return el('path', { d: `M${num(x)} ${num(y - d)}L${num(x + d)} ${num(y)}L${num(x)} ${num(y + d)}L${num(x - d)} ${num(y)}Z`, ...paint });
    }
    default:
      return el('circle', { cx: x, cy: y, r, ...paint });
  }
}

export function marker(x: number, y: number, r: number, attitude: AttitudeKey, label: string, ghost: boolean): string {
  const s = ATTITUDE_STYLE[attitude];
  // Three digits at the smallest text size still fit the marker's 22 units.
  const size = MIN_TEXT;
  return (
    markerShape(x, y, r, attitude, ghost) +
    el('text', { x, y: y + size * 0.36, 'text-anchor': 'middle', 'font-size': size, 'font-weight': 'bold', fill: ghost ? s.stroke : s.ink }, text(label))
  );
}
