/** Wrapped text for the poster: each line carries the width it may take, so tests can measure it against the layout. */
import { wrapText, type FontSpec } from '../charts/textMetrics';
import { el, text } from '../charts/xml';

export const LINE = 1.3;

/**
 * One number fits the page: `s` from 1 down. Type shrinks with it to a floor of 60 %; below
 * that, the texts keep fewer lines (and the lists fewer items) instead of getting smaller.
 */
const TYPE_FLOOR = 0.6;
export const typeScale = (s: number) => Math.max(s, TYPE_FLOOR);
export const keep = (n: number, s: number) => Math.max(1, Math.ceil(n * Math.min(1, s / TYPE_FLOOR)));

export interface TextBlock {
  svg: string;
  height: number;
}

/** Lines of `source` wrapped to `width` (at most maxLines, the last cut with "…"), top at y. */
export function wrapped(
  source: string,
  x: number,
  y: number,
  width: number,
  font: FontSpec,
  maxLines: number,
  fill: string,
  anchor: 'start' | 'middle' = 'start',
): TextBlock {
  const lines = source.trim() ? wrapText(source, width, font, maxLines) : [];
  const lh = font.size * LINE;
  const svg = lines
    .map((l, i) =>
      el(
        'text',
        {
          x,
          y: y + font.size + i * lh,
          'font-size': font.size,
          'font-weight': font.bold ? 'bold' : null,
          fill,
          'text-anchor': anchor === 'middle' ? 'middle' : null,
          'data-max-width': width,
        },
        text(l),
      ),
    )
    .join('');
  return { svg, height: lines.length * lh };
}
