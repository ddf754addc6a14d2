/** Root causes (fishbone categories), the gap table and goal indicators (docs/domain.md §3.4, §3.6, §4.1). */
import { CAUSE_SETS, HORIZONS } from '../../model/enums';
import { cell, cols, table } from '../blocks';
import type { ReportContext } from '../context';
import type { Cell, TableBlock } from '../outline';
import { CAUSE, HORIZON_TITLE } from '../terms';

export function rootCauseTable(c: ReportContext): TableBlock | null {
  const causes = c.p.rootCauses.causes;
  if (causes.length === 0) return null;
  const order = [
    ...CAUSE_SETS[c.p.rootCauses.categorySet],
    ...Object.keys(CAUSE).filter((k) => !(CAUSE_SETS[c.p.rootCauses.categorySet] as readonly string[]).includes(k)),
  ];
  const rows: Cell[][] = [];
  for (const category of order) {
    const top = causes.filter((x) => x.category === category && (x.parentId === null || !causes.some((y) => y.id === x.parentId)));
    for (const cause of top) {
      const subs = causes.filter((x) => x.parentId === cause.id).map((x) => `– ${x.text.trim()}`);
      rows.push([
        { text: String(rows.length + 1), align: 'center' },
        { text: CAUSE[category as keyof typeof CAUSE] },
        cell([cause.text.trim(), ...subs].filter(Boolean).join('\n')),
      ]);
    }
  }
  return table({
    caption: c.numbers.nextTable('Analisis Akar Penyebab Masalah'),
    columns: cols(['No', 6, 'center'], ['Kategori', 24], ['Penyebab', 70]),
    rows,
    compact: true,
  });
}

export function gapTable(c: ReportContext): TableBlock | null {
  if (c.p.gap.length === 0) return null;
  return table({
    caption: c.numbers.nextTable('Kesenjangan antara Kondisi Saat Ini dan Kondisi yang Diharapkan'),
    columns: cols(['No', 6, 'center'], ['Aspek', 24], ['Kondisi Saat Ini', 24], ['Sumber Data', 18], ['Kondisi yang Diharapkan', 28]),
    rows: c.p.gap.map((g, i) => [
      { text: String(i + 1), align: 'center' },
      cell(g.aspect),
      cell(g.current),
      { text: g.currentSource.trim() || '–' },
      cell(g.expected),
    ]),
    compact: true,
  });
}

export function indicatorTable(c: ReportContext, title: string): TableBlock | null {
  const laporan = c.kind === 'laporan';
  const rows: Cell[][] = [];
  for (const h of HORIZONS) {
    for (const ind of c.p.goals[h].indicators) {
      rows.push([
        { text: String(rows.length + 1), align: 'center' },
        { text: HORIZON_TITLE[h] },
        cell(ind.name),
        { text: ind.unit.trim() || '–', align: 'center' },
        cell(ind.baseline, { align: 'center' }),
        cell(ind.target, { align: 'center' }),
        ...(laporan ? [h === 'PENDEK' ? cell(ind.realised, { align: 'center' }) : { text: ind.realised.trim() || '–', align: 'center' as const }] : []),
      ]);
    }
  }
  if (rows.length === 0) return null;
  return table({
    caption: c.numbers.nextTable(title),
    columns: laporan
      ? cols(
          ['No', 6, 'center'],
          ['Jangka', 15],
          ['Indikator', 33],
          ['Satuan', 11, 'center'],
          ['Baseline', 11, 'center'],
          ['Target', 12, 'center'],
          ['Realisasi', 12, 'center'],
        )
      : cols(['No', 6, 'center'], ['Jangka', 16], ['Indikator', 40], ['Satuan', 12, 'center'], ['Baseline', 13, 'center'], ['Target', 13, 'center']),
    rows,
    compact: true,
  });
}
