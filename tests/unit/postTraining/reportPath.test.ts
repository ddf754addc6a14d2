/** The laporan keeps before/after by default; the document setting adds the dated path as a figure and a table. */
import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../shared/report/buildOutline';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/report/context';
import type { TableBlock } from '../../../shared/report/outline';
import { sipantau } from '../domain/sipantau';

function withPositions() {
  const p = sipantau();
  p.stakeholders.find((s) => s.id === 'SH-01')!.positions = [
    { id: 'pos-1', date: '2022-03-25', power: 4, interest: 2, attitude: 'NETRAL', note: 'Tapping pertama' },
  ];
  return p;
}

describe('dated path in the laporan', () => {
  it('is left out by default', () => {
    const { outline } = buildOutline(withPositions(), 'laporan', DEFAULT_EXPORT_OPTIONS);
    expect(outline.figures.map((f) => f.figureId)).not.toContain('map-path');
    expect(outline.tables.map((t) => t.title)).not.toContain('Jalur Posisi Stakeholder Bertanggal');
  });

  it('is shown as a figure and a table of moves when the document asks for it', () => {
    const p = withPositions();
    p.documentSettings.showStakeholderPath = true;
    const { outline } = buildOutline(p, 'laporan', DEFAULT_EXPORT_OPTIONS);
    expect(outline.figures.map((f) => f.figureId)).toContain('map-path');
    const table = outline.chapters
      .flatMap((c) => c.blocks)
      .find((b): b is TableBlock => b.kind === 'table' && b.caption?.title === 'Jalur Posisi Stakeholder Bertanggal')!;
    const text = table.rows.map((r) => r.map((c) => (typeof c === 'string' ? c : (c.text ?? ''))).join(' | '));
    expect(text[0]).toBe(
      'Kepala DPMPTSP Provinsi Jambi (sponsor) | Sebelum → 25 Maret 2022 | Key Players (5/4, Mendukung) → Context Setters (4/2, Netral) | Tapping pertama',
    );
    expect(text[1]).toMatch(
      /^Kepala DPMPTSP Provinsi Jambi \(sponsor\) \| 25 Maret 2022 → Sesudah \| Context Setters \(4\/2, Netral\) → Key Players \(5\/5, Mendukung\)/,
    );
  });
});
