/**
 * The one-page handover summary ("Ringkasan serah terima"): who hands over to whom and when, what
 * is done, what is due, and who the stakeholders are and where they stand now. Same outline
 * blocks and style as the report, without cover or front matter.
 */
import { dueItems } from '../../domain/postTraining/due';
import { currentPosition } from '../../domain/postTraining/positionPath';
import { QUADRANT_NAMES, quadrantOf } from '../../domain/quadrant';
import { formatDate } from '../../format/dates';
import type { ExportOptions } from '../../ipc';
import type { Project } from '../../model/types';
import { bold, cell, cols, h2, para, table } from '../blocks';
import { reportContext, type ReportContext } from '../context';
import type { ReportOutline } from '../outline';
import { ATTITUDE } from '../terms';
import { DUE_STATE_TEXT } from './implementation';

const COMPACT_MARGINS = { top: 2, left: 2.5, bottom: 2, right: 2 };

const pct = (n: number | null) => (n === null ? '–' : `${n.toLocaleString('id-ID', { maximumFractionDigits: 1 })}%`);
const day = (d: string | null) => (d ? formatDate(d) : '–');

export function buildHandoverOutline(p: Project, options: ExportOptions, asOf: string): { outline: ReportOutline; context: ReportContext } {
  // One page: single spacing, a smaller type and narrower margins than the report's.
  const settings = { ...p.documentSettings, lineSpacing: 1 as const, fontSizePt: Math.min(p.documentSettings.fontSizePt, 11), marginsCm: COMPACT_MARGINS };
  const c = reportContext({ ...p, documentSettings: settings }, 'laporan', options);
  c.numbers.startChapter(1);
  const h = p.postTraining.handovers.at(-1) ?? null;
  const items = dueItems(p, asOf);
  const done = items.filter((i) => i.state === 'DONE');
  const open = items.filter((i) => i.state !== 'DONE' && i.state !== 'CANCELLED');
  const { threshold, naming } = p.stakeholderSettings;
  const documentType = `RINGKASAN SERAH TERIMA ${c.label.toUpperCase()}`;
  const blocks = [
    para(bold('Judul: '), p.title.trim() || '[belum diisi]'),
    h
      ? para(
          bold('Serah terima: '),
          `${day(h.date)}, dari ${h.fromName.trim() || '[belum diisi]'}${h.fromNip.trim() ? ` (NIP ${h.fromNip.trim()})` : ''} kepada ${h.toName.trim()}${h.toNip.trim() ? ` (NIP ${h.toNip.trim()})` : ''}${h.toJabatan.trim() ? `, ${h.toJabatan.trim()}` : ''}.`,
        )
      : para(bold('Serah terima: '), 'belum dicatat.'),
    ...(h?.note.trim() ? [para(bold('Catatan: '), h.note.trim())] : []),
    h2('Yang Sudah Selesai'),
    done.length
      ? table({
          caption: null,
          columns: cols(['Kode', 12, 'center'], ['Milestone', 58], ['Selesai', 30, 'center']),
          rows: done.map((i) => [
            { text: c.codes.get(i.milestone.id) ?? '', align: 'center' },
            cell(i.milestone.title),
            { text: day(i.latestEntry?.date ?? i.milestone.actualEnd ?? i.milestone.end), align: 'center' },
          ]),
          compact: true,
        })
      : para('Belum ada milestone jangka menengah dan panjang yang selesai.'),
    h2('Yang Masih Harus Dikerjakan'),
    open.length
      ? table({
          caption: null,
          columns: cols(['Kode', 10, 'center'], ['Milestone', 44], ['Rencana Selesai', 18, 'center'], ['Capaian', 12, 'center'], ['Status', 16, 'center']),
          rows: open.map((i) => [
            { text: c.codes.get(i.milestone.id) ?? '', align: 'center' },
            cell(i.milestone.title),
            { text: day(i.milestone.end), align: 'center' },
            { text: pct(i.latestPct), align: 'center' },
            { text: DUE_STATE_TEXT[i.state], align: 'center', bold: i.state === 'LATE' },
          ]),
          compact: true,
        })
      : para('Tidak ada milestone yang masih terbuka.'),
    h2('Stakeholder dan Posisinya Saat Ini'),
    p.stakeholders.length
      ? table({
          caption: null,
          columns: cols(['Stakeholder', 44], ['Kuadran', 24], ['Sikap', 16], ['Sejak', 16, 'center']),
          rows: p.stakeholders.map((s) => {
            const now = currentPosition(s);
            const q = now ? quadrantOf(now.power, now.interest, threshold) : null;
            return [
              cell(s.name),
              cell(q ? QUADRANT_NAMES[naming][q] : ''),
              cell(now?.attitude ? ATTITUDE[now.attitude] : ''),
              { text: now?.kind === 'dated' ? day(now.date) : now?.kind === 'after' ? 'Sesudah' : now ? 'Sebelum' : '–', align: 'center' },
            ];
          }),
          compact: true,
        })
      : para('Belum ada stakeholder.'),
  ];
  return {
    outline: {
      kind: 'laporan',
      variant: 'serah-terima',
      documentType,
      chapters: [{ title: documentType, numbered: false, blocks }],
      tables: [],
      figures: [],
      figureCaptions: [],
    },
    context: c,
  };
}
