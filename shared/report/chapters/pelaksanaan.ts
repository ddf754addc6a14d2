/**
 * Laporan BAB III PELAKSANAAN DAN HASIL (docs/domain.md §2.3): milestones achieved against the plan
 * with their evidence, the team's work, stakeholder movement (before, after, arrows), obstacles
 * met, leadership, benefits felt, and sustainability.
 */
import { lettered, para } from '../blocks';
import { rich } from '../longText';
import type { ReportContext } from '../context';
import { mapFigure } from '../figures';
import type { Block, Chapter } from '../outline';
import { indicatorTable } from '../tables/analysis';
import { realisationTable } from '../tables/milestones';
import { riskTable } from '../tables/money';
import { movementTable } from '../tables/people';
import { positionPathTable } from '../tables/positionPath';
import { sustainability } from './deskripsi';
import { evidenceNumbers } from './lampiran';

export function pelaksanaan(c: ReportContext): Chapter {
  return {
    title: `PELAKSANAAN DAN HASIL ${c.noun.toUpperCase()}`,
    numbered: true,
    blocks: lettered([
      ['Capaian Milestone Jangka Pendek', capaian(c)],
      ['Peran dan Kinerja Tim Efektif', rich(c, c.p.narrative.perananTim)],
      ['Pengelolaan Stakeholder', stakeholders(c)],
      ['Kendala yang Dihadapi dan Cara Mengatasinya', kendala(c)],
      ['Kepemimpinan dalam Pelaksanaan', rich(c, c.p.narrative.refleksiKepemimpinan)],
      ['Manfaat yang Telah Dirasakan', manfaat(c)],
      ['Keberlanjutan dan Rencana Jangka Menengah dan Panjang', sustainability(c)],
    ]),
  };
}

function capaian(c: ReportContext): Block[] {
  const refs = evidenceNumbers(c);
  const t = realisationTable(c, (m) => (refs.get(m.id) ?? []).join(', '));
  if (!t) return [para('Tidak ada milestone jangka pendek.')];
  const short = c.p.milestones.filter((m) => m.horizon === 'PENDEK');
  const done = short.filter((m) => m.status === 'DONE').length;
  return [
    para(
      `Dari ${short.length} milestone jangka pendek, ${done} milestone telah selesai. Rincian rencana dan realisasinya beserta bukti pendukung disajikan pada tabel berikut.`,
    ),
    t,
  ];
}

function stakeholders(c: ReportContext): Block[] {
  const out: Block[] = rich(c, c.p.narrative.pengelolaanStakeholder);
  const moved = c.p.stakeholders
    .filter((s) => c.moved.has(s.id))
    .map((s) => s.name.trim())
    .filter(Boolean);
  out.push(...mapFigure(c, 'after'), ...mapFigure(c, 'movement'));
  const t = movementTable(c);
  if (t)
    out.push(
      para(
        moved.length
          ? `Sebanyak ${moved.length} stakeholder berpindah kuadran setelah pelaksanaan, yaitu ${moved.join('; ')}.`
          : 'Belum ada stakeholder yang berpindah kuadran.',
      ),
      t,
    );
  // Before/after stay the report's picture; the dated path is shown only when the document asks for it.
  if (c.p.documentSettings.showStakeholderPath) {
    const path = positionPathTable(c);
    if (path) out.push(...mapFigure(c, 'path'), para('Posisi stakeholder yang dicatat setelah setiap pertemuan disajikan berikut.'), path);
  }
  return out;
}

function kendala(c: ReportContext): Block[] {
  const t = riskTable(c);
  return t
    ? [para('Potensi kendala yang direncanakan, yang benar-benar terjadi, serta cara mengatasinya adalah sebagai berikut.'), t]
    : [para('Tidak ada potensi kendala yang dicatat.')];
}

function manfaat(c: ReportContext): Block[] {
  const out: Block[] = rich(c, c.p.narrative.manfaatDirasakan);
  const t = indicatorTable(c, 'Capaian Indikator: Baseline, Target dan Realisasi');
  if (t) out.push(t);
  return out;
}
