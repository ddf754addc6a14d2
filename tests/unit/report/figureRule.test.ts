/**
 * The figure rule over every figure of generated projects (issue 10 item 4): at the size the report
 * places it, no text under 8 pt, no text over other text, no label cut with "…". The normal run
 * tries STANDARD_SIZES and 20× with one seed; RANCANG_SWEEP=1 tries SWEEP_SIZES with three seeds.
 * Only the outline is built (no DOCX), so this is quick.
 */
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../shared/report/buildOutline';
import { pageGeometry } from '../../../shared/report/docx/geometry';
import type { FigureBlock } from '../../../shared/report/outline';
import { STANDARD_SIZES, SWEEP_SIZES, generateProject } from '../../generator/project';
import { sipantau } from '../domain/sipantau';
import { checkFigure, MIN_PT, placedTexts, overlaps } from './figureRule';
import { ALL_OPTIONS, realised } from './support';

const SWEEP = process.env.RANCANG_SWEEP === '1';
const sizes: readonly number[] = SWEEP ? SWEEP_SIZES : [...STANDARD_SIZES, 20];
const seeds = SWEEP ? [1, 2, 3] : [1];

function figuresOf(kind: 'rancangan' | 'laporan', project: ReturnType<typeof generateProject>): { figures: FigureBlock[]; g: ReturnType<typeof pageGeometry> } {
  const { outline } = buildOutline(project, kind, ALL_OPTIONS);
  return { figures: outline.figures, g: pageGeometry(project.documentSettings) };
}

function expectLegible(name: string, figures: FigureBlock[], g: ReturnType<typeof pageGeometry>): number {
  expect(figures.length, `${name} has figures`).toBeGreaterThan(0);
  let smallest = Infinity;
  for (const f of figures) {
    const r = checkFigure(f, g);
    smallest = Math.min(smallest, r.smallestPt);
    expect({ small: r.small, overlapping: r.overlapping, cut: r.cut }, `${name}: ${r.figure}`).toEqual({ small: [], overlapping: [], cut: [] });
  }
  return smallest;
}

describe('figure rule: every figure legible at its placed size', () => {
  it.each(sizes.flatMap((scale) => seeds.flatMap((seed) => (['rancangan', 'laporan'] as const).map((kind) => ({ scale, seed, kind })))))(
    '$scale× seed $seed $kind',
    ({ scale, seed, kind }) => {
      const { figures, g } = figuresOf(kind, generateProject({ seed, scale, implemented: kind === 'laporan' }));
      const smallest = expectLegible(`${scale}× ${kind}`, figures, g);
      expect(smallest).toBeGreaterThanOrEqual(MIN_PT);
    },
    120_000,
  );

  it('SIPANTAU, both documents', () => {
    for (const [kind, p] of [
      ['rancangan', sipantau()],
      ['laporan', realised(sipantau())],
    ] as const) {
      const { outline } = buildOutline(p, kind, ALL_OPTIONS);
      expectLegible(`SIPANTAU ${kind}`, outline.figures, pageGeometry(p.documentSettings));
    }
  });
});

describe('the rule’s own reading', () => {
  const svg = (body: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="200">${body}</svg>`;

  it('finds small, overlapping and cut text', () => {
    const texts = placedTexts(
      svg(
        '<text x="10" y="20" font-size="13">Sejajar</text><text x="30" y="24" font-size="13">Menimpa</text>' +
          '<text x="10" y="100" font-size="9.5">kecil</text><text x="10" y="150" font-size="13">Dipotong…</text>',
      ),
      0.62,
    );
    expect(texts.filter((t) => t.pt < MIN_PT).map((t) => t.text)).toEqual(['kecil']);
    expect(overlaps(texts)).toEqual([['Sejajar', 'Menimpa']]);
    expect(texts.filter((t) => t.text.includes('…')).map((t) => t.text)).toEqual(['Dipotong…']);
  });

  it('reads turned text along its height and anchored text from its anchor', () => {
    const [turned, ended] = placedTexts(
      svg(
        '<text x="0" y="0" transform="translate(40 100) rotate(-90)" text-anchor="middle" font-size="14">Pengaruh</text><text x="600" y="20" text-anchor="end" font-size="13">Kanan</text>',
      ),
      0.62,
    );
    expect(turned!.box.x1 - turned!.box.x0).toBeLessThan(20);
    expect(turned!.box.y1 - turned!.box.y0).toBeGreaterThan(40);
    expect(ended!.box.x1).toBeCloseTo(600);
  });
});
