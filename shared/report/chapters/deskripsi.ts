/**
 * BAB II DESKRIPSI AKSI/PROYEK PERUBAHAN (docs/domain.md §2.2): organisation, milestones and schedule,
 * team, stakeholders, budget, risks, success factors and (rancangan) sustainability.
 */
import { HORIZONS, QUADRANTS } from '../../model/enums';
import { bold, lettered, para, value } from '../blocks';
import { rich } from '../longText';
import type { ReportContext } from '../context';
import { mapFigure, teamFigure, timelineFigures } from '../figures';
import type { Block, Chapter } from '../outline';
import { milestoneTable, scheduleTable } from '../tables/milestones';
import { budgetBySourceTable, budgetTable, riskTable } from '../tables/money';
import { communicationTable, stakeholderTable, teamTable } from '../tables/people';
import { QUADRANT_MEANING } from '../terms';
import { QUADRANT_NAMES } from '../../domain/quadrant';

export function deskripsi(c: ReportContext): Chapter {
  const rancangan = c.kind === 'rancangan';
  return {
    title: `DESKRIPSI ${c.noun.toUpperCase()}`,
    numbered: true,
    blocks: lettered([
      ['Profil Organisasi', rich(c, c.p.narrative.profilOrganisasi)],
      ['Milestone dan Tahapan Kegiatan', milestones(c)],
      ['Jadwal Pelaksanaan', schedule(c)],
      ['Tim Efektif', team(c)],
      ['Identifikasi dan Pemetaan Stakeholder', stakeholders(c)],
      ['Sumber Daya dan Anggaran', budget(c)],
      // A laporan reports risks once, planned against what happened, in BAB III.
      ['Potensi Kendala dan Strategi Mengatasi', rancangan ? risks(c) : null],
      [
        'Faktor Kunci Keberhasilan',
        c.p.criticalSuccessFactors.length ? [{ kind: 'list', ordered: true, items: c.p.criticalSuccessFactors.map((f) => [value(f.text)]) }] : null,
      ],
      ['Keberlanjutan', rancangan ? sustainability(c) : null],
    ]),
  };
}

function milestones(c: ReportContext): Block[] {
  const out: Block[] = [
    para(
      `Milestone ${c.noun} disusun untuk jangka pendek (selama pelatihan), jangka menengah dan jangka panjang, masing-masing dengan output, indikator keberhasilan, bukti, penanggung jawab (PJ) dan anggaran.`,
    ),
  ];
  for (const h of HORIZONS) {
    const t = milestoneTable(c, h);
    if (t) out.push(t);
    else if (h === 'PENDEK') out.push(para(bold('Milestone jangka pendek: '), value('')));
  }
  return out;
}

/**
 * The schedule as the participant chose in the document settings: the week table of the short
 * term, the Gantt figures, or both. The table has no room for months, so with "table" the medium
 * and long term are still drawn; a short term too long for week columns is drawn instead.
 */
function schedule(c: ReportContext): Block[] {
  const out: Block[] = [];
  const form = c.p.documentSettings.scheduleAs;
  const t = form === 'FIGURE' ? null : scheduleTable(c);
  if (t) out.push(para('Jadwal kegiatan jangka pendek per minggu selama masa off campus ditunjukkan pada tabel berikut.'), t);
  const laterOnly = form === 'TABLE' && t !== null;
  const fig = timelineFigures(c, laterOnly ? 'later' : 'all');
  if (fig.length)
    out.push(
      para(
        laterOnly
          ? 'Jadwal milestone jangka menengah dan jangka panjang digambarkan sebagai berikut.'
          : 'Jadwal seluruh milestone, termasuk jangka menengah dan jangka panjang, digambarkan sebagai berikut.',
      ),
      ...fig,
    );
  if (!out.length) out.push(para(value('')));
  return out;
}

function team(c: ReportContext): Block[] {
  const out: Block[] = [para(`Pelaksanaan ${c.noun} didukung oleh tim efektif yang terdiri atas sponsor, mentor, coach, project leader dan anggota tim.`)];
  out.push(...teamFigure(c));
  const t = teamTable(c);
  out.push(t ?? para(value('')));
  return out;
}

function stakeholders(c: ReportContext): Block[] {
  const naming = c.p.stakeholderSettings.naming;
  const quadrants = QUADRANTS.map((q) => `${QUADRANT_NAMES[naming][q]} (${QUADRANT_MEANING[q]})`).join(', ');
  const out: Block[] = [
    para(`Stakeholder internal dan eksternal dipetakan menurut pengaruh (power) dan kepentingan (interest) ke dalam empat kuadran: ${quadrants}.`),
  ];
  const t = stakeholderTable(c);
  if (!t) return [...out, para(value(''))];
  out.push(...mapFigure(c, 'before'), t);
  if (c.kind === 'rancangan' && c.p.stakeholders.some((s) => s.after.power !== null && s.after.interest !== null)) {
    out.push(para('Posisi stakeholder yang hendak dicapai melalui strategi di atas digambarkan sebagai berikut.'), ...mapFigure(c, 'movement'));
  }
  const comm = communicationTable(c);
  if (comm) out.push(comm);
  return out;
}

function budget(c: ReportContext): Block[] {
  const lines = budgetTable(c);
  if (!lines) return [para(`Belum ada rincian anggaran untuk ${c.noun} ini.`)];
  return [para(`Kebutuhan anggaran ${c.noun} beserta sumber dananya adalah sebagai berikut.`), lines, budgetBySourceTable(c)!];
}

function risks(c: ReportContext): Block[] {
  const t = riskTable(c);
  return t ? [para(`Potensi kendala internal dan eksternal beserta strategi untuk mengatasinya diuraikan pada tabel berikut.`), t] : [para(value(''))];
}

export function sustainability(c: ReportContext): Block[] {
  const s = c.p.sustainability;
  const out: Block[] = rich(c, s.narrative, s.items.length === 0);
  if (s.items.length) out.push({ kind: 'list', ordered: true, items: s.items.map((i) => [value(i.text)]) });
  return out;
}
