/** Milestones per horizon, the weekly schedule of the short term and, in a laporan, plan against realisation. */
import { shortTermSpan, weeksOf, weeksTouched, plannedSpan } from '../../charts/timeScale';
import { milestoneBudget } from '../../domain/budget';
import { memberName } from '../../domain/team';
import { formatDate } from '../../format/dates';
import { dateRangeWithDays } from '../dateRange';
import { formatRupiah } from '../../format/numbers';
import type { Horizon } from '../../model/enums';
import type { Milestone } from '../../model/types';
import { cell, cols, table } from '../blocks';
import type { ReportContext } from '../context';
import type { ItemRef } from '../anchors';
import type { Cell, TableBlock } from '../outline';
import { HORIZON_TITLE, MISSING, STATUS } from '../terms';

/** Weeks beyond this make the table unreadable on A4; the timeline figure still shows them. */
const MAX_WEEK_COLUMNS = 20;

export const milestoneRows = (items: Milestone[]): ItemRef[] => items.map((m) => ({ kind: 'MILESTONE', id: m.id }));

function picName(c: ReportContext, m: Milestone): string {
  const member = m.picTeamId ? c.p.team.find((t) => t.id === m.picTeamId) : undefined;
  return member ? memberName(c.p, member) : '';
}

export function milestoneTable(c: ReportContext, horizon: Horizon): TableBlock | null {
  const items = c.p.milestones.filter((m) => m.horizon === horizon);
  if (items.length === 0) return null;
  const rows: Cell[][] = items.map((m) => {
    const budget = milestoneBudget(m.budgetLineIds, c.p.budgetLines);
    const activities = m.activities
      .map((a) => a.trim())
      .filter(Boolean)
      .map((a) => `– ${a}`);
    return [
      { text: c.codes.get(m.id) ?? '', align: 'center' },
      cell([m.title.trim(), ...activities].filter(Boolean).join('\n')),
      cell(dateRangeWithDays(m.start, m.end)),
      cell(m.output),
      cell(m.indicator),
      cell(
        m.evidence
          .map((e) => e.trim())
          .filter(Boolean)
          .join(', '),
      ),
      cell(picName(c, m)),
      { text: budget ? formatRupiah(budget, c.p.documentSettings.currencyStyle) : '–', align: 'right' },
    ];
  });
  return table({
    caption: c.numbers.nextTable(`Milestone dan Tahapan Kegiatan ${HORIZON_TITLE[horizon]}`),
    columns: cols(
      ['Kode', 8, 'center'],
      ['Milestone / Kegiatan', 22],
      ['Waktu', 14],
      ['Output', 14],
      ['Indikator', 12],
      ['Bukti', 11],
      ['PJ', 9],
      ['Anggaran', 10, 'right'],
    ),
    rows,
    rowItems: milestoneRows(items),
    compact: true,
  });
}

export function scheduleTable(c: ReportContext): TableBlock | null {
  const items = c.p.milestones.filter((m) => m.horizon === 'PENDEK');
  const span = shortTermSpan(c.p.milestones, c.p.calendar);
  if (items.length === 0 || !span) return null;
  const weeks = weeksOf(span);
  if (weeks.length > MAX_WEEK_COLUMNS) return null;
  const weekShare = 60 / weeks.length;
  const rows: Cell[][] = items.map((m) => {
    const planned = plannedSpan(m);
    const touched = new Set(planned ? weeksTouched(planned, weeks) : []);
    return [
      { text: c.codes.get(m.id) ?? '', align: 'center' },
      cell(m.title),
      ...weeks.map((w): Cell => (touched.has(w.number) ? { text: '', shade: '1D4E89' } : '')),
    ];
  });
  return table({
    caption: c.numbers.nextTable('Jadwal Kegiatan Jangka Pendek'),
    groupHeader: [
      { text: '', span: 2 },
      { text: `Minggu ke- (mulai ${formatDate(weeks[0]!.start)})`, span: weeks.length },
    ],
    columns: [
      ...cols(['Kode', 9, 'center'], ['Kegiatan', 31]),
      ...weeks.map((w) => ({ header: String(w.number), weight: weekShare, align: 'center' as const })),
    ],
    rows,
    rowItems: milestoneRows(items),
    compact: true,
  });
}

/** Laporan: each short-term milestone's plan against what happened, with its evidence. */
export function realisationTable(c: ReportContext, evidenceRef: (m: Milestone) => string): TableBlock | null {
  const items = c.p.milestones.filter((m) => m.horizon === 'PENDEK');
  if (items.length === 0) return null;
  const rows: Cell[][] = items.map((m) => [
    { text: c.codes.get(m.id) ?? '', align: 'center' },
    cell(m.title),
    cell(dateRangeWithDays(m.start, m.end)),
    m.actualStart || m.actualEnd ? cell(dateRangeWithDays(m.actualStart, m.actualEnd)) : { missing: m.status !== 'CANCELLED' },
    // Status and achievement share a cell: "Selesai" over "100%".
    m.achievementPct === null
      ? { runs: [{ text: `${STATUS[m.status]}\n` }, ...(m.status === 'CANCELLED' ? [] : [{ text: MISSING, italic: true, bold: true }])] }
      : { text: `${STATUS[m.status]}\n${m.achievementPct}%` },
    cell(evidenceRef(m) || m.evidence.join(', ')),
    { text: m.notes.trim() || '–' },
  ]);
  return table({
    caption: c.numbers.nextTable('Capaian Milestone Jangka Pendek: Rencana dan Realisasi'),
    groupHeader: [
      { text: '', span: 2 },
      { text: 'Waktu', span: 2 },
      { text: '', span: 3 },
    ],
    columns: cols(['Kode', 9, 'center'], ['Milestone', 23], ['Rencana', 16], ['Realisasi', 16], ['Status / Capaian', 13], ['Bukti', 12], ['Keterangan', 11]),
    rows,
    rowItems: milestoneRows(items),
    compact: true,
  });
}
