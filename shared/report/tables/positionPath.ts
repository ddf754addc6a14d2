/**
 * The dated path of each stakeholder who has positions between before and after (a document
 * setting, off by default): one row per move, with the day and the note of the meeting.
 */
import { positionMoves } from '../../domain/postTraining/positionPath';
import { QUADRANT_NAMES } from '../../domain/quadrant';
import { formatDate } from '../../format/dates';
import { cell, cols, table } from '../blocks';
import type { ReportContext } from '../context';
import type { Cell, TableBlock } from '../outline';
import { ATTITUDE } from '../terms';
import type { PathPoint } from '../../domain/postTraining/positionPath';

const when = (pt: PathPoint) => (pt.kind === 'before' ? 'Sebelum' : pt.kind === 'after' ? 'Sesudah' : pt.date ? formatDate(pt.date) : 'Tanpa tanggal');

export function positionPathTable(c: ReportContext): TableBlock | null {
  const { threshold, naming } = c.p.stakeholderSettings;
  const place = (pt: PathPoint, q: keyof (typeof QUADRANT_NAMES)['KEY_PLAYERS'] | null): string =>
    `${q ? QUADRANT_NAMES[naming][q] : '–'} (${pt.power}/${pt.interest}${pt.attitude ? `, ${ATTITUDE[pt.attitude]}` : ''})`;
  const rows: Cell[][] = [];
  for (const s of c.p.stakeholders) {
    if (s.positions.length === 0) continue;
    for (const m of positionMoves(s, threshold)) {
      rows.push([
        cell(s.name),
        { text: `${when(m.from)} → ${when(m.to)}` },
        { text: `${place(m.from, m.fromQuadrant)} → ${place(m.to, m.toQuadrant)}` },
        cell(m.to.note),
      ]);
    }
  }
  if (rows.length === 0) return null;
  return table({
    caption: c.numbers.nextTable('Jalur Posisi Stakeholder Bertanggal'),
    columns: cols(['Stakeholder', 24], ['Waktu', 20], ['Posisi (pengaruh/kepentingan, sikap)', 32], ['Catatan', 24]),
    rows,
    compact: true,
  });
}
