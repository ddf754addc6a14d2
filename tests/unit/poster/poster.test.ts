/**
 * The exhibition poster: SIPANTAU as a real A3 PDF and PNG at print resolution, every size's
 * layout inside its page with every line within its width, and bad input (empty, hostile,
 * 100,000 characters, 60 pictures) still a well-formed page.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { posterFiles } from '../../../electron/core/poster/posterExporter';
import { textWidth } from '../../../shared/charts/textMetrics';
import { createProject } from '../../../shared/model/envelope';
import { LIMITS } from '../../../shared/model/limits';
import type { Project } from '../../../shared/model/types';
import { buildPoster } from '../../../shared/poster/buildPoster';
import { POSTER_SIZES } from '../../../shared/poster/sizes';
import { generateProject } from '../../generator/project';
import { withPictures } from '../../generator/pictures';
import { tempDir } from '../helpers';
import { raster, sample } from '../slides/support';

/** Problems of a poster SVG: not well-formed, a line wider than it may be, a block running into the footer or off the page. */
function layoutProblems(svg: string): string[] {
  const problems: string[] = [];
  const errors: string[] = [];
  const doc = new DOMParser({ errorHandler: { warning: () => undefined, error: (m) => errors.push(m), fatalError: (m) => errors.push(m) } }).parseFromString(
    svg,
    'image/svg+xml',
  );
  if (errors.length) return errors;
  const root = doc.documentElement;
  const height = Number(root.getAttribute('height'));
  const texts = Array.from(doc.getElementsByTagName('text'));
  for (const t of texts) {
    const max = Number(t.getAttribute('data-max-width'));
    if (!max) continue;
    const w = textWidth(t.textContent ?? '', { size: Number(t.getAttribute('font-size')), bold: t.getAttribute('font-weight') === 'bold' });
    if (w > max + 0.5) problems.push(`line wider than ${max}: ${t.textContent}`);
  }
  const footerTop = Number(texts.at(-1)!.getAttribute('y')) - Number(texts.at(-1)!.getAttribute('font-size'));
  for (const g of Array.from(doc.getElementsByTagName('g')).filter((x) => x.hasAttribute('data-block'))) {
    const rect = g.getElementsByTagName('rect')[0]!;
    const bottom = Number(rect.getAttribute('y')) + Number(rect.getAttribute('height'));
    if (bottom > footerTop || bottom > height) problems.push(`${g.getAttribute('data-block')} ends at ${bottom}, footer at ${footerTop}`);
  }
  return problems;
}

const textOf = (svg: string) => new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement.textContent ?? '';

describe('the exhibition poster', () => {
  it('SIPANTAU on A3: a PDF of the real page size and a 300 dpi PNG, with title, participant, problem and idea', async () => {
    const p = sample();
    const files = await posterFiles(p, { kind: 'laporan', size: 'A3' }, raster);
    expect(files.widthPx).toBe(3508);
    expect(Math.abs(files.heightPx - 4961)).toBeLessThanOrEqual(2);
    const dir = await tempDir();
    const pdf = path.join(dir, 'poster.pdf');
    writeFileSync(pdf, files.pdf);
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.89 x 1190\.55 pts \(A3\)/);
    expect(info).toMatch(/Title:\s+Optimalisasi Layanan Informasi/);
    // The PDF draws: pdftoppm renders it to a picture of the page's proportions.
    execFileSync('pdftoppm', ['-png', '-r', '10', pdf, path.join(dir, 'page')]);
    const text = textOf(files.poster.svg);
    expect(text).toContain('Rahmawati Siregar');
    expect(text).toContain('SIPANTAU');
    expect(text).toContain('Belum optimalnya layanan informasi status');
    expect(text).toContain('PERGERAKAN STAKEHOLDER');
    expect(layoutProblems(files.poster.svg)).toEqual([]);
  }, 120_000);

  it.each(POSTER_SIZES)('lays out every block inside the %s page', (size) => {
    for (const kind of ['rancangan', 'laporan'] as const) {
      const poster = buildPoster(withPictures(generateProject({ seed: 3, scale: 3, implemented: true }), 6, 3), { kind, size });
      // The type never shrinks below 60 % of its design size (the smallest is 14 units): lines are trimmed instead.
      const sizes = [...poster.svg.matchAll(/<text [^>]*font-size="([\d.]+)"[^>]*data-max-width/g)].map((m) => Number(m[1]));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14 * 0.6 - 0.01);
      expect(layoutProblems(poster.svg)).toEqual([]);
    }
  });

  it('stays a well-formed page for an empty project, hostile strings, 100,000 characters and 60 pictures', () => {
    const hostile = '<script>alert(1)</script> & "x" \u0001\u000b\uFFFE ]]> שלום مرحبا 🚀';
    const long = 'Pelayanan perizinan berusaha membutuhkan kepastian. '.repeat(2_000).slice(0, 100_000);
    const crowded: Project = withPictures(generateProject({ seed: 9, scale: 20, implemented: true }), LIMITS.attachments - 1, 9);
    crowded.title = hostile;
    crowded.breakthrough.name = hostile;
    crowded.breakthrough.description = long;
    crowded.issueAnalysis.impactIfUnresolved = long;
    crowded.people.participant.name = 'N'.repeat(200);
    for (const p of [createProject(), crowded]) {
      const poster = buildPoster(p, { kind: 'laporan' });
      expect(layoutProblems(poster.svg)).toEqual([]);
      expect(poster.svg).not.toMatch(/[\u0001\u000b\uFFFE]/);
    }
    expect(textOf(buildPoster(crowded, { kind: 'laporan' }).svg)).toContain('<script>alert(1)</script> & "x"');
  });
});
