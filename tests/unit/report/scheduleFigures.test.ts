/** A long schedule is drawn over several figures, each fitting a page at full width, every milestone in exactly one. */
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../shared/report/buildOutline';
import { pageGeometry } from '../../../shared/report/docx/geometry';
import { TIMELINE_ROWS_PER_FIGURE } from '../../../shared/report/figures';
import { generateProject } from '../../generator/project';
import { sipantau } from '../domain/sipantau';
import { ALL_OPTIONS } from './support';

describe('schedule figures', () => {
  it('SIPANTAU keeps one schedule figure', () => {
    const { outline } = buildOutline(sipantau(), 'rancangan', ALL_OPTIONS);
    expect(outline.figures.filter((f) => f.figureId.startsWith('timeline')).map((f) => f.figureId)).toEqual(['timeline']);
  });

  it('a 20× project gets a figure per horizon part, none shrunk below the text width, every milestone once', () => {
    const p = generateProject({ seed: 1, scale: 20, implemented: true });
    const { outline } = buildOutline(p, 'laporan', ALL_OPTIONS);
    const parts = outline.figures.filter((f) => f.figureId.startsWith('timeline'));
    expect(parts.length).toBe(
      Math.ceil(p.milestones.filter((m) => m.horizon === 'PENDEK').length / TIMELINE_ROWS_PER_FIGURE) +
        Math.ceil(p.milestones.filter((m) => m.horizon !== 'PENDEK').length / TIMELINE_ROWS_PER_FIGURE),
    );
    const g = pageGeometry(p.documentSettings);
    const drawn: string[] = [];
    for (const f of parts) {
      // Placed at the text width, the picture is no taller than the room the figure code leaves for it.
      expect(f.chart.height * (g.textWidth / f.chart.width)).toBeLessThanOrEqual(g.textHeight * 0.86);
      expect(f.caption.title).toMatch(/^Jadwal Pelaksanaan .*: Jangka (Pendek|Menengah dan Panjang)( \(\d+ dari \d+\))?$/);
      drawn.push(...[...f.chart.svg.matchAll(/>(M[A-Z]-\d+) /g)].map((m) => m[1]!));
    }
    expect(drawn.length).toBe(p.milestones.length);
    expect(new Set(drawn).size).toBe(p.milestones.length);
  });
});
