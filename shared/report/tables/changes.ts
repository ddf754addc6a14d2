/**
 * "Perubahan setelah seminar rancangan" (issue 15): the laporan's appendix that compares a frozen
 * version (by default the newest rancangan version) with the project as reported, per section —
 * items added, removed, changed or moved, texts that changed (counted in words, the words
 * themselves are in the compare view), and the totals that moved. A document setting, off by
 * default; the same blocks feed the DOCX, the PDF and the reading view. Always Indonesian.
 */
import { compareProjects, type DiffSection, type TotalChange } from '../../domain/compare/compareProjects';
import type { FieldValue, ItemChange } from '../../domain/compare/items';
import { QUADRANT_NAMES } from '../../domain/quadrant';
import { formatDate } from '../../format/dates';
import { formatNumber, formatRupiah } from '../../format/numbers';
import type { Project } from '../../model/types';
import { cell, cols, para, table } from '../blocks';
import type { ReportContext } from '../context';
import type { Block, Cell } from '../outline';

/** The frozen version the appendix compares with: main reads it from the file, the reading view from the store. */
export interface ChangesBaseline {
  name: string;
  frozenAt: string;
  project: Project;
}

const SECTION: Record<DiffSection, string> = {
  texts: 'Judul dan teks',
  issues: 'Isu',
  milestones: 'Tonggak (milestone)',
  stakeholders: 'Stakeholder',
  budget: 'Anggaran',
  risks: 'Risiko',
  team: 'Tim efektif',
};

const CHANGE: Record<ItemChange['change'], string> = { added: 'Ditambah', removed: 'Dihapus', changed: 'Diubah', moved: 'Dipindah' };

const FIELD: Record<string, string> = {
  statement: 'pernyataan',
  source: 'sumber',
  apkl: 'skor APKL',
  usg: 'skor USG',
  horizon: 'jangka',
  code: 'kode',
  title: 'judul',
  start: 'mulai',
  end: 'selesai',
  output: 'keluaran',
  indicator: 'indikator',
  activities: 'kegiatan',
  status: 'status',
  achievementPct: 'capaian (%)',
  actualStart: 'mulai nyata',
  actualEnd: 'selesai nyata',
  notes: 'catatan',
  name: 'nama',
  category: 'kategori',
  role: 'peran',
  before: 'posisi sebelum (pengaruh/kepentingan)',
  after: 'posisi sesudah (pengaruh/kepentingan)',
  strategy: 'strategi',
  commChannel: 'saluran komunikasi',
  item: 'uraian',
  volume: 'volume',
  unit: 'satuan',
  unitCost: 'harga satuan',
  total: 'jumlah',
  description: 'uraian risiko',
  type: 'jenis',
  likelihood: 'kemungkinan',
  impact: 'dampak',
  mitigation: 'mitigasi',
  memberRole: 'peran dalam tim',
  tasks: 'tugas',
};

const TEXT: Record<string, string> = {
  title: 'Judul proyek',
  narrative: 'Narasi',
  benefits: 'Manfaat',
  goals: 'Tujuan',
  breakthrough: 'Terobosan',
  issueAnalysis: 'Dampak bila isu tidak diselesaikan',
  sustainability: 'Keberlanjutan',
  seminars: 'Catatan seminar',
};

const MONEY_FIELDS = new Set(['unitCost', 'total']);
/** Long field values are cut in the table; the compare view has them whole. */
const VALUE_CHARS = 120;

function shown(field: string, v: FieldValue): string {
  if (v === null || v === '') return '(kosong)';
  if (typeof v === 'number') return MONEY_FIELDS.has(field) ? formatRupiah(v) : formatNumber(v);
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDate(v);
  return v.length > VALUE_CHARS ? `${v.slice(0, VALUE_CHARS - 1)}…` : v;
}

function itemDetail(i: ItemChange): string {
  const parts = i.fields.map((f) => `${FIELD[f.field] ?? f.field}: ${shown(f.field, f.before)} → ${shown(f.field, f.after)}`);
  if (i.order) parts.push(`urutan ${i.order.before} → ${i.order.after}`);
  return parts.join('; ') || '–';
}

/** "narrative.latarBelakang" → "Narasi (latar belakang)". */
function textName(path: string): string {
  const [head, ...rest] = path.split('.');
  const base = TEXT[head!] ?? head!;
  const sub = rest
    .filter((r) => r !== 'statement')
    .map((r) => r.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase())
    .join(' ');
  return sub ? `${base} (${sub})` : base;
}

function totalName(c: ReportContext, key: TotalChange['key']): string {
  if (key === 'budgetTotal') return 'Total anggaran';
  if (key === 'scheduleStart') return 'Jadwal mulai';
  if (key === 'scheduleEnd') return 'Jadwal selesai';
  const [, which, q] = key.split('.') as [string, 'before' | 'after', keyof (typeof QUADRANT_NAMES)['KEY_PLAYERS']];
  return `Stakeholder di kuadran ${QUADRANT_NAMES[c.p.stakeholderSettings.naming][q]} (${which === 'before' ? 'sebelum' : 'sesudah'})`;
}

function totalValue(key: TotalChange['key'], v: TotalChange['before']): string {
  if (v === null) return '(kosong)';
  if (key === 'budgetTotal' && typeof v === 'number') return formatRupiah(v);
  if (typeof v === 'number') return formatNumber(v);
  return formatDate(v);
}

/** The appendix's blocks; null when the setting is off, the document is not a laporan, or there is no version to compare with. */
export function changesAppendix(c: ReportContext): Block[] | null {
  const base = c.baseline;
  if (c.kind !== 'laporan' || !c.p.documentSettings.changesAppendix || !base) return null;
  const d = compareProjects(base.project, c.p);
  const { added, removed, changed, moved, texts } = d.counts;
  const out: Block[] = [
    para(
      `Lampiran ini membandingkan versi beku “${base.name}” (dibekukan ${formatDate(base.frozenAt.slice(0, 10))}) dengan isi laporan ini. `,
      `Secara keseluruhan ${added} butir ditambah, ${removed} dihapus, ${changed} diubah, ${moved} dipindah, dan ${texts} teks berubah.`,
    ),
  ];
  const rows: Cell[][] = [];
  for (const s of d.sections) {
    for (const i of s.items)
      rows.push([
        cell(SECTION[s.section]),
        cell(CHANGE[i.change]),
        cell(i.label || '(tanpa judul)'),
        cell(i.change === 'changed' || i.change === 'moved' ? itemDetail(i) : '–'),
      ]);
    for (const t of s.texts)
      rows.push([cell(SECTION[s.section]), cell('Diubah'), cell(textName(t.field)), cell(`${t.added} kata ditambah, ${t.removed} kata dihapus`)]);
  }
  if (rows.length === 0) out.push(para('Tidak ada perubahan sejak versi tersebut.'));
  else
    out.push(
      table({
        caption: c.numbers.nextTable('Perubahan per Bagian Sejak Seminar Rancangan'),
        columns: cols(['Bagian', 16], ['Perubahan', 13], ['Butir', 27], ['Rincian', 44]),
        rows,
        compact: true,
      }),
    );
  if (d.totals.length === 0) out.push(para('Tidak ada jumlah (anggaran, kuadran stakeholder, jadwal) yang berubah.'));
  else
    out.push(
      para('Jumlah yang berubah:'),
      table({
        caption: c.numbers.nextTable('Jumlah yang Berubah Sejak Seminar Rancangan'),
        columns: cols(['Yang dihitung', 46], ['Sebelum', 27, 'right'], ['Sesudah', 27, 'right']),
        rows: d.totals.map((t) => [
          cell(totalName(c, t.key)),
          { text: totalValue(t.key, t.before), align: 'right' },
          { text: totalValue(t.key, t.after), align: 'right' },
        ]),
        compact: true,
      }),
    );
  return out;
}
