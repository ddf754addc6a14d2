/** Budget (per line, per funding source) and risks, with totals and scores from shared/domain. */
import { lineTotal } from '../../domain/budget';
import { riskScore } from '../../domain/risks';
import { memberName } from '../../domain/team';
import { formatNumber, formatRupiah } from '../../format/numbers';
import { cell, cols, table } from '../blocks';
import type { ReportContext } from '../context';
import type { Cell, TableBlock } from '../outline';
import { FUNDING, RISK_TYPE } from '../terms';

/**
 * The source once, then what the participant wrote about it: "APBD — DPA Dinas …". Participants
 * often start the detail with the source again ("APBD - DPA …", "Swadaya"); that repeat is dropped.
 */
export function fundingText(label: string, detail: string): string {
  const d = detail.trim();
  if (!d) return label;
  const head = d.slice(0, label.length);
  const repeats = head.toLocaleLowerCase('id') === label.toLocaleLowerCase('id') && !/[\p{L}\p{N}]/u.test(d.charAt(label.length));
  const rest = repeats
    ? d
        .slice(label.length)
        .replace(/^[\s\-–—:/,.()]+/, '')
        .trim()
    : d;
  return rest ? `${label} — ${rest}` : label;
}

export function budgetTable(c: ReportContext): TableBlock | null {
  const lines = c.p.budgetLines;
  if (lines.length === 0) return null;
  const rp = (n: number) => formatRupiah(n, c.p.documentSettings.currencyStyle);
  const rows: Cell[][] = lines.map((l, i) => [
    { text: String(i + 1), align: 'center' },
    cell(l.item),
    { text: formatNumber(l.volume), align: 'right' },
    { text: l.unit.trim() || '–' },
    { text: rp(l.unitCost), align: 'right' },
    { text: rp(lineTotal(l)), align: 'right' },
    l.source ? { text: fundingText(FUNDING[l.source], l.sourceDetail) } : { missing: true },
  ]);
  rows.push([{ text: 'Jumlah', span: 5, align: 'right', bold: true }, { text: rp(c.budget.total), align: 'right', bold: true }, '']);
  return table({
    caption: c.numbers.nextTable('Rincian Kebutuhan Anggaran'),
    columns: cols(
      ['No', 5, 'center'],
      ['Uraian', 27],
      ['Volume', 9, 'right'],
      ['Satuan', 11],
      ['Harga Satuan', 14, 'right'],
      ['Jumlah', 15, 'right'],
      ['Sumber Dana', 19],
    ),
    rows,
    // The last row is the total.
    rowItems: [...lines.map((l) => ({ kind: 'BUDGET_LINE' as const, id: l.id })), null],
    compact: true,
  });
}

export function budgetBySourceTable(c: ReportContext): TableBlock | null {
  if (c.p.budgetLines.length === 0) return null;
  const rp = (n: number) => formatRupiah(n, c.p.documentSettings.currencyStyle);
  const rows: Cell[][] = c.budget.bySource.map((s, i) => [
    { text: String(i + 1), align: 'center' },
    { text: FUNDING[s.source] },
    { text: String(s.lines), align: 'center' },
    { text: rp(s.total), align: 'right' },
  ]);
  if (c.budget.unsourced.lines)
    rows.push([
      { text: String(rows.length + 1), align: 'center' },
      { missing: true },
      { text: String(c.budget.unsourced.lines), align: 'center' },
      { text: rp(c.budget.unsourced.total), align: 'right' },
    ]);
  rows.push([
    { text: 'Jumlah', span: 3, align: 'right', bold: true },
    { text: rp(c.budget.total), align: 'right', bold: true },
  ]);
  return table({
    caption: c.numbers.nextTable('Rekapitulasi Anggaran menurut Sumber Dana'),
    columns: cols(['No', 8, 'center'], ['Sumber Dana', 44], ['Jumlah Rincian', 18, 'center'], ['Jumlah', 30, 'right']),
    rows,
    compact: true,
  });
}

export function riskTable(c: ReportContext): TableBlock | null {
  if (c.p.risks.length === 0) return null;
  const laporan = c.kind === 'laporan';
  const owner = (id: string | null) => {
    const m = id ? c.p.team.find((t) => t.id === id) : undefined;
    return m ? memberName(c.p, m) : '';
  };
  return table({
    caption: c.numbers.nextTable(laporan ? 'Kendala yang Dihadapi dan Cara Mengatasinya' : 'Potensi Kendala dan Strategi Mengatasi'),
    columns: laporan
      ? cols(
          ['No', 5, 'center'],
          ['Jenis', 9],
          ['Potensi Kendala', 22],
          ['Skor', 7, 'center'],
          ['Strategi Antisipasi', 21],
          ['Terjadi?', 9, 'center'],
          ['Cara Mengatasi', 27],
        )
      : cols(
          ['No', 5, 'center'],
          ['Jenis', 10],
          ['Potensi Kendala', 24],
          ['K', 5, 'center'],
          ['D', 5, 'center'],
          ['Skor', 7, 'center'],
          ['Strategi Mengatasi', 30],
          ['PJ', 14],
        ),
    rows: c.p.risks.map((r, i): Cell[] => {
      const score = riskScore(r);
      const scoreCell: Cell = score === null ? { missing: true, align: 'center' } : { text: String(score), align: 'center' };
      if (laporan) {
        return [
          { text: String(i + 1), align: 'center' },
          { text: RISK_TYPE[r.type] },
          cell(r.description),
          scoreCell,
          cell(r.mitigation),
          { text: r.occurred === null ? '–' : r.occurred ? 'Ya' : 'Tidak', align: 'center' },
          r.occurred ? cell(r.actualHandling) : { text: r.actualHandling.trim() || '–' },
        ];
      }
      return [
        { text: String(i + 1), align: 'center' },
        { text: RISK_TYPE[r.type] },
        cell(r.description),
        r.likelihood === null ? { missing: true, align: 'center' } : { text: String(r.likelihood), align: 'center' },
        r.impact === null ? { missing: true, align: 'center' } : { text: String(r.impact), align: 'center' },
        scoreCell,
        cell(r.mitigation),
        { text: owner(r.ownerTeamId) || '–' },
      ];
    }),
    rowItems: c.p.risks.map((r) => ({ kind: 'RISK', id: r.id })),
    compact: true,
    source: laporan ? 'Keterangan: skor = kemungkinan × dampak (1–25).' : 'Keterangan: K = kemungkinan, D = dampak (1–5); skor = K × D.',
  });
}
