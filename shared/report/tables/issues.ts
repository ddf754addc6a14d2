/** APKL and USG tables (docs/domain.md §3.2–3.3), with the totals, passes and ranks shared/domain computed. */
import { APKL_CRITERIA, USG_CRITERIA } from '../../model/enums';
import { cell, cols, table } from '../blocks';
import type { ReportContext } from '../context';
import type { Cell, TableBlock } from '../outline';

export function apklTable(c: ReportContext): TableBlock {
  const ia = c.p.issueAnalysis;
  const checklist = ia.apklMode === 'CHECKLIST';
  const rows: Cell[][] = ia.issues.map((issue, i) => {
    const r = c.apkl.get(issue.id);
    const marks = APKL_CRITERIA.map((k): Cell => {
      if (checklist) {
        const ok = issue.apklChecks[k].ok;
        return ok === null ? { missing: true, align: 'center' } : { text: ok ? 'Ya' : 'Tidak', align: 'center' };
      }
      const s = issue.apklScores[k];
      return s === null ? { missing: true, align: 'center' } : { text: String(s), align: 'center' };
    });
    const verdict = r?.pass === true ? 'Lolos' : r?.pass === false ? `Tidak lolos${r.failing.length ? ` (${r.failing.join(', ')})` : ''}` : 'Belum lengkap';
    return [
      { text: String(i + 1), align: 'center' },
      cell(issue.statement),
      cell(issue.source),
      ...marks,
      r?.total === null || r?.total === undefined
        ? { missing: true, align: 'center' }
        : { text: checklist ? `${r.total}/4` : String(r.total), align: 'center' },
      { text: verdict + (r?.tiedAtCutoff ? '; seri di batas' : '') },
    ];
  });
  return table({
    caption: c.numbers.nextTable('Identifikasi Isu dengan Kriteria APKL'),
    columns: cols(
      ['No', 5, 'center'],
      ['Isu', 30],
      ['Sumber Isu', 15],
      ['A', 5, 'center'],
      ['P', 5, 'center'],
      ['K', 5, 'center'],
      ['L', 5, 'center'],
      ['Total', 8, 'center'],
      ['Keterangan', 15],
    ),
    rows,
    rowItems: ia.issues.map((i) => ({ kind: 'ISSUE', id: i.id })),
    compact: true,
    source: checklist
      ? 'Keterangan: A = Aktual, P = Problematik, K = Kekhalayakan, L = Layak; isu lolos bila keempat kriteria terpenuhi.'
      : `Keterangan: A = Aktual, P = Problematik, K = Kekhalayakan, L = Layak; skor 1–5; ${ia.apklMode === 'SCORE_TOP_N' ? `lolos ${ia.apklTopN} isu dengan total tertinggi` : `lolos bila setiap kriteria bernilai minimal ${ia.apklMinPerCriterion}`}.`,
  });
}

export function usgTable(c: ReportContext): TableBlock | null {
  const byId = new Map(c.p.issueAnalysis.issues.map((i) => [i.id, i]));
  if (c.usg.rows.length === 0 && c.usg.incomplete.length === 0) return null;
  const rows: Cell[][] = c.usg.rows.map((row, i) => {
    const issue = byId.get(row.issueId)!;
    return [
      { text: String(i + 1), align: 'center' },
      { text: issue.statement.trim() || '—', bold: row.issueId === c.usg.coreIssueId },
      ...USG_CRITERIA.map((k): Cell => ({ text: String(issue.usg[k]), align: 'center' })),
      { text: String(row.total), align: 'center', bold: true },
      { text: row.rankRoman + (row.tiedWith.length ? ' (seri)' : ''), align: 'center' },
    ];
  });
  for (const id of c.usg.incomplete) {
    const issue = byId.get(id)!;
    rows.push([
      { text: String(rows.length + 1), align: 'center' },
      cell(issue.statement),
      ...USG_CRITERIA.map((k): Cell => (issue.usg[k] === null ? { missing: true, align: 'center' } : { text: String(issue.usg[k]), align: 'center' })),
      { missing: true, align: 'center' },
      { text: '–', align: 'center' },
    ]);
  }
  return table({
    caption: c.numbers.nextTable('Penetapan Isu Prioritas dengan Metode USG'),
    columns: cols(
      ['No', 6, 'center'],
      ['Isu', 50],
      ['U', 7, 'center'],
      ['S', 7, 'center'],
      ['G', 7, 'center'],
      ['Total', 9, 'center'],
      ['Peringkat', 14, 'center'],
    ),
    rows,
    rowItems: [...c.usg.rows.map((r) => r.issueId), ...c.usg.incomplete].map((id) => ({ kind: 'ISSUE', id })),
    compact: true,
    source: 'Keterangan: U = Urgency, S = Seriousness, G = Growth; skor 1–5 (5 = sangat besar); total = U + S + G.',
  });
}
