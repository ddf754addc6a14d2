/**
 * "Laporan implementasi jangka menengah / panjang": what became of the change project after the
 * training, in the report's formal style (cover, daftar isi, numbered chapters, tables, evidence
 * pictures). Built from the post-training records (shared/model/postTraining.ts) as of one day,
 * so the due and late states in it are those of that day.
 */
import { dueCounts, dueItems, entriesOf, type DueState } from '../../domain/postTraining/due';
import { meanProgress } from '../../domain/postTraining/evaluation';
import { indicatorSeries } from '../../domain/postTraining/indicatorSeries';
import { formatDate } from '../../format/dates';
import { HORIZONS } from '../../model/enums';
import type { ExportOptions } from '../../ipc';
import type { Project } from '../../model/types';
import { cell, cols, lettered, para, table } from '../blocks';
import { reportContext, type ReportContext } from '../context';
import { attachmentPicture } from '../images';
import type { Block, Chapter, ReportOutline } from '../outline';
import { HORIZON_TITLE } from '../terms';
import { evaluationTable } from './evaluation';

export const DUE_STATE_TEXT: Record<DueState, string> = {
  DONE: 'Selesai',
  LATE: 'Terlambat',
  DUE_SOON: 'Segera jatuh tempo',
  ONGOING: 'Berjalan',
  NOT_STARTED: 'Belum dimulai',
  CANCELLED: 'Dibatalkan',
};

const pct = (n: number | null) => (n === null ? '–' : `${n.toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`);
const day = (d: string | null) => (d ? formatDate(d) : '–');

export function implementationDocumentType(c: Pick<ReportContext, 'label'>): string {
  return `LAPORAN IMPLEMENTASI JANGKA MENENGAH / PANJANG ${c.label.toUpperCase()}`;
}

export function buildImplementationOutline(p: Project, options: ExportOptions, asOf: string): { outline: ReportOutline; context: ReportContext } {
  const c = reportContext(p, 'laporan', options);
  const builders: ((c: ReportContext, asOf: string) => Chapter)[] = [pendahuluan, kemajuan, indikator, kendala, penutup];
  const chapters = builders.map((build, i) => {
    c.numbers.startChapter(i + 1);
    return build(c, asOf);
  });
  return {
    outline: {
      kind: 'laporan',
      variant: 'implementasi',
      documentType: implementationDocumentType(c),
      chapters,
      tables: c.numbers.tables,
      figures: c.numbers.figures,
      figureCaptions: c.numbers.figureCaptions,
    },
    context: c,
  };
}

function pendahuluan(c: ReportContext, asOf: string): Chapter {
  const p = c.p;
  const seminar = p.calendar.seminarLaporan ? ` tanggal ${formatDate(p.calendar.seminarLaporan)}` : '';
  const goals = (['MENENGAH', 'PANJANG'] as const).map((h) => [h, p.goals[h].statement.trim()] as const).filter(([, s]) => s);
  return {
    title: 'PENDAHULUAN',
    numbered: true,
    blocks: lettered([
      [
        'Latar Belakang',
        [
          para(
            `${c.label} "${p.title.trim() || '[belum diisi]'}" telah diseminarkan pada Seminar Laporan${seminar} dalam ${c.programme}. Setelah pelatihan berakhir, milestone jangka menengah dan jangka panjang terus dilaksanakan dan dipantau. Laporan ini menyajikan keadaannya per ${formatDate(asOf)}.`,
          ),
        ],
      ],
      ['Tujuan Jangka Menengah dan Panjang', goals.length ? goals.map(([h, s]) => para(`${HORIZON_TITLE[h]}: ${s}`)) : [para('[belum diisi]')]],
    ]),
  };
}

function kemajuan(c: ReportContext, asOf: string): Chapter {
  const items = dueItems(c.p, asOf);
  const counts = dueCounts(items);
  const mean = meanProgress(c.p, asOf);
  const summary: Block[] = items.length
    ? [
        para(
          `Terdapat ${items.length} milestone jangka menengah dan panjang: ${counts.DONE} selesai, ${counts.ONGOING} berjalan, ${counts.DUE_SOON} segera jatuh tempo, ${counts.LATE} terlambat dan ${counts.NOT_STARTED} belum dimulai. Rata-rata capaian ${pct(mean)}.`,
        ),
        table({
          caption: c.numbers.nextTable('Status Milestone Jangka Menengah dan Panjang'),
          columns: cols(
            ['Kode', 10, 'center'],
            ['Milestone', 34],
            ['Rencana Selesai', 16, 'center'],
            ['Capaian', 12, 'center'],
            ['Status', 16, 'center'],
            ['Catatan Terakhir', 12, 'center'],
          ),
          rows: items.map((i) => [
            { text: c.codes.get(i.milestone.id) ?? '', align: 'center' },
            cell(i.milestone.title),
            { text: day(i.milestone.end), align: 'center' },
            { text: pct(i.latestPct), align: 'center' },
            { text: DUE_STATE_TEXT[i.state], align: 'center', bold: i.state === 'LATE' },
            { text: day(i.latestEntry?.date ?? null), align: 'center' },
          ]),
          compact: true,
        }),
      ]
    : [para('Tidak ada milestone jangka menengah dan panjang.')];
  const entries: Block[] = [];
  for (const h of HORIZONS.filter((x) => x !== 'PENDEK')) {
    for (const m of c.p.milestones.filter((x) => x.horizon === h)) {
      const list = entriesOf(c.p, m.id).reverse();
      if (list.length === 0) continue;
      entries.push({ kind: 'heading', level: 3, text: `${c.codes.get(m.id) ?? ''} ${m.title.trim()}`.trim() });
      entries.push(
        table({
          caption: c.numbers.nextTable(`Catatan Kemajuan ${c.codes.get(m.id) ?? m.title.trim()}`),
          columns: cols(['Tanggal', 14, 'center'], ['Yang Terjadi', 30], ['Capaian', 10, 'center'], ['Kendala', 23], ['Langkah Berikutnya', 23]),
          rows: list.map((e) => [
            { text: day(e.date), align: 'center' },
            cell(e.happened),
            { text: pct(e.achievementPct), align: 'center' },
            cell(e.problems),
            cell(e.nextStep),
          ]),
          compact: true,
        }),
      );
      for (const e of list) {
        for (const id of e.attachmentIds) {
          const a = c.p.attachments.find((x) => x.id === id);
          const picture = a ? attachmentPicture(a) : null;
          if (a && picture) entries.push({ kind: 'picture', picture, caption: `Bukti ${day(e.date)}: ${a.caption.trim() || a.name}` });
        }
      }
    }
  }
  return {
    title: 'KEMAJUAN MILESTONE JANGKA MENENGAH DAN PANJANG',
    numbered: true,
    blocks: lettered([
      ['Ringkasan Status', summary],
      ['Catatan Kemajuan per Milestone', entries.length ? entries : [para('Belum ada catatan kemajuan.')]],
    ]),
  };
}

function indikator(c: ReportContext): Chapter {
  const rows = (['MENENGAH', 'PANJANG'] as const).flatMap((h) =>
    c.p.goals[h].indicators.map((ind) => {
      const s = indicatorSeries(ind, c.p.postTraining.readings);
      const readings = s.points.map((pt) => `${day(pt.date)}: ${pt.value.toLocaleString('id-ID')} (${pct(pt.pct)})`).join('; ');
      return [
        cell(HORIZON_TITLE[h]),
        cell(ind.name),
        cell(`${ind.baseline} ${ind.unit}`.trim()),
        cell(`${ind.target} ${ind.unit}`.trim()),
        cell(readings),
        { text: pct(s.latestPct), align: 'center' as const },
      ];
    }),
  );
  return {
    title: 'CAPAIAN INDIKATOR',
    numbered: true,
    blocks: rows.length
      ? [
          para(
            'Nilai indikator yang diukur setelah pelatihan dibandingkan dengan baseline dan target. Capaian 0% berarti masih pada baseline dan 100% berarti target tercapai.',
          ),
          table({
            caption: c.numbers.nextTable('Nilai Indikator dari Waktu ke Waktu'),
            columns: cols(['Jangka', 12], ['Indikator', 22], ['Baseline', 13], ['Target', 13], ['Hasil Pengukuran', 28], ['Capaian Terakhir', 12, 'center']),
            rows,
            compact: true,
          }),
        ]
      : [para('Belum ada indikator jangka menengah dan panjang.')],
  };
}

function kendala(c: ReportContext, asOf: string): Chapter {
  const latest = dueItems(c.p, asOf)
    .map((i) => i.latestEntry)
    .filter((e) => e !== null && (e.problems.trim() || e.nextStep.trim()));
  return {
    title: 'KENDALA DAN TINDAK LANJUT',
    numbered: true,
    blocks: latest.length
      ? [
          para('Kendala yang tercatat pada catatan terakhir setiap milestone beserta langkah berikutnya adalah sebagai berikut.'),
          table({
            caption: c.numbers.nextTable('Kendala dan Tindak Lanjut'),
            columns: cols(['Milestone', 26], ['Tanggal', 14, 'center'], ['Kendala', 30], ['Langkah Berikutnya', 30]),
            rows: latest.map((e) => [cell(c.codes.get(e!.milestoneId) ?? ''), { text: day(e!.date), align: 'center' }, cell(e!.problems), cell(e!.nextStep)]),
            compact: true,
          }),
        ]
      : [para('Tidak ada kendala yang dicatat.')],
  };
}

function penutup(c: ReportContext): Chapter {
  const handovers = c.p.postTraining.handovers;
  const evaluation = evaluationTable(c);
  return {
    title: 'PENUTUP',
    numbered: true,
    blocks: lettered([
      ['Jawaban Evaluasi Pascapelatihan', evaluation ? [evaluation] : [para('Evaluasi pascapelatihan belum dijawab.')]],
      [
        'Serah Terima Proyek',
        handovers.length
          ? [
              table({
                caption: c.numbers.nextTable('Riwayat Serah Terima Proyek'),
                columns: cols(['Tanggal', 16, 'center'], ['Dari', 28], ['Kepada', 28], ['Catatan', 28]),
                rows: handovers.map((h) => [
                  { text: day(h.date), align: 'center' },
                  cell(`${h.fromName} (NIP ${h.fromNip})`),
                  cell(`${h.toName} (NIP ${h.toNip})`),
                  cell(h.note),
                ]),
                compact: true,
              }),
            ]
          : null,
      ],
    ]),
  };
}
