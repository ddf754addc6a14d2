/** The plan: milestones (short term as a table), the schedule picture, stakeholders, team, budget and risks. */
import { stakeholderMapSvg } from '../../charts/stakeholderMap';
import { teamChartSvg } from '../../charts/teamChart';
import { timelineSvg } from '../../charts/timeline';
import { positionQuadrant, QUADRANT_NAMES } from '../../domain/quadrant';
import { formatRupiah } from '../../format/numbers';
import { QUADRANTS } from '../../model/enums';
import type { ReportContext } from '../../report/context';
import { milestoneTable } from '../../report/tables/milestones';
import { budgetBySourceTable } from '../../report/tables/money';
import { riskTable } from '../../report/tables/money';
import { HORIZON_TITLE, QUADRANT_MEANING, TEAM_ROLE } from '../../report/terms';
import { BODY_BOX, columns, splitTop } from '../geometry';
import type { Slide } from '../model';
import { BODY_SIZES, chartPicture, notesOf, slide, SMALL_SIZES, tableSlides, textBox } from '../frame';
import { fromReportTable } from '../tableFit';
import type { Para } from '../textFit';
import { placeholder } from './analysis';

export function milestoneSlides(c: ReportContext): Slide[] {
  if (c.p.milestones.length === 0) return placeholder('milestones', 'Milestone', 'Milestone');
  const short = milestoneTable(c, 'PENDEK');
  const out = short
    ? tableSlides(
        'milestones',
        'Milestone Jangka Pendek',
        fromReportTable(short, ['Kode', 'Milestone / Kegiatan', 'Waktu', 'Output', 'PJ']),
        'Milestone jangka pendek selama pelatihan, dengan waktu, output dan penanggung jawab.',
      )
    : placeholder('milestones', 'Milestone Jangka Pendek', 'Milestone jangka pendek');
  const later = (['MENENGAH', 'PANJANG'] as const).filter((h) => c.p.milestones.some((m) => m.horizon === h));
  if (later.length) {
    const boxes = columns(
      BODY_BOX,
      later.map(() => 1),
    );
    out.push(
      slide(
        'milestones',
        'Milestone Jangka Menengah dan Panjang',
        later.map((h, i) =>
          textBox(
            'body',
            boxes[i]!,
            [
              { text: `${HORIZON_TITLE[h]} (${c.p.horizonLengths[h].trim()})`, bold: true },
              ...c.p.milestones
                .filter((m) => m.horizon === h)
                .map((m): Para => ({ text: `${c.codes.get(m.id) ?? ''} ${m.title.trim()}`.trim(), bullet: true })),
            ],
            BODY_SIZES,
          ),
        ),
        'Rencana setelah pelatihan: jangka menengah dan jangka panjang.',
      ),
    );
  }
  return out;
}

export function scheduleSlides(c: ReportContext): Slide[] {
  return [
    slide(
      'schedule',
      `Jadwal Pelaksanaan ${c.label}`,
      [chartPicture(BODY_BOX, timelineSvg(c.p), `Jadwal pelaksanaan ${c.label}`)],
      'Jadwal seluruh milestone, jangka pendek sampai jangka panjang.',
    ),
  ];
}

/** Counts per quadrant under the chosen naming, for beside the map. */
function quadrantCounts(c: ReportContext, view: 'before' | 'after'): Para[] {
  const naming = c.p.stakeholderSettings.naming;
  const threshold = c.p.stakeholderSettings.threshold;
  return QUADRANTS.map((q) => {
    const n = c.p.stakeholders.filter((s) => positionQuadrant(s[view], threshold) === q).length;
    return { text: `${QUADRANT_NAMES[naming][q]}: ${n} (${QUADRANT_MEANING[q]})`, bullet: true };
  });
}

export function stakeholderSlides(c: ReportContext): Slide[] {
  if (c.p.stakeholders.length === 0) return placeholder('stakeholders', 'Peta Stakeholder', 'Stakeholder');
  const [map, side] = columns(BODY_BOX, [7, 4]);
  const notes = notesOf(
    [['Pengelolaan stakeholder', c.p.narrative.pengelolaanStakeholder]],
    c.p.stakeholders.map((s, i) => `${i + 1}. ${s.name.trim()}: ${s.strategy.trim() || s.role.trim()}`).join('\n'),
  );
  const out = [
    slide(
      'stakeholders',
      'Peta Stakeholder',
      [
        chartPicture(map!, stakeholderMapSvg(c.p, 'before'), 'Peta stakeholder sebelum'),
        textBox('body', side!, [{ text: 'Posisi saat ini', bold: true }, ...quadrantCounts(c, 'before')], SMALL_SIZES),
      ],
      notes,
    ),
  ];
  if (c.kind === 'rancangan' && c.p.stakeholders.some((s) => s.after.power !== null && s.after.interest !== null)) {
    out.push(
      slide(
        'stakeholders',
        'Rencana Pergerakan Stakeholder',
        [
          chartPicture(map!, stakeholderMapSvg(c.p, 'movement'), 'Rencana pergerakan stakeholder'),
          textBox('body', side!, [{ text: 'Posisi yang hendak dicapai', bold: true }, ...quadrantCounts(c, 'after')], SMALL_SIZES),
        ],
        notes,
      ),
    );
  }
  return out;
}

export function teamSlides(c: ReportContext): Slide[] {
  if (c.p.team.length === 0) return placeholder('team', 'Tim Efektif', 'Tim efektif');
  return [
    slide(
      'team',
      'Tim Efektif',
      [chartPicture(BODY_BOX, teamChartSvg(c.p), 'Struktur tim efektif')],
      notesOf(
        [['Peran tim', c.kind === 'laporan' ? c.p.narrative.perananTim : '']],
        c.p.team.map((m) => `${m.memberRole.trim() || TEAM_ROLE[m.role]}: ${m.tasks.trim()}`).join('\n'),
      ),
    ),
  ];
}

export function budgetSlides(c: ReportContext): Slide[] {
  const t = budgetBySourceTable(c);
  if (!t) return placeholder('budget', 'Anggaran', 'Rincian anggaran');
  const [top, rest] = splitTop(BODY_BOX, 1.0);
  const total = formatRupiah(c.budget.total, c.p.documentSettings.currencyStyle);
  return tableSlides('budget', 'Ringkasan Anggaran', fromReportTable(t), `Total kebutuhan anggaran ${total}, dari ${c.p.budgetLines.length} rincian.`, rest, [
    { kind: 'shape', box: top, fill: 'tint' },
    textBox('big', top, [{ text: `Total anggaran: ${total}`, bold: true }], { max: 26, min: 16 }, { valign: 'middle' }),
  ]);
}

export function riskSlides(c: ReportContext): Slide[] {
  const t = riskTable(c);
  if (!t) return placeholder('risks', 'Potensi Kendala', 'Potensi kendala');
  const laporan = c.kind === 'laporan';
  return tableSlides(
    'risks',
    laporan ? 'Kendala dan Cara Mengatasinya' : 'Potensi Kendala dan Strategi Mengatasi',
    fromReportTable(
      t,
      laporan ? ['No', 'Potensi Kendala', 'Skor', 'Terjadi?', 'Cara Mengatasi'] : ['No', 'Potensi Kendala', 'Skor', 'Strategi Mengatasi', 'PJ'],
    ),
    'Potensi kendala internal dan eksternal, skornya (kemungkinan × dampak) dan strateginya.',
  );
}
