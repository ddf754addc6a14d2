/** BAB I PENDAHULUAN (docs/domain.md §2.2): background, issues (APKL, USG), causes and gap, the idea, goals, benefits, scope. */
import { inBrackets } from '../../format/brackets';
import { HORIZONS, type TieBreakRule } from '../../model/enums';
import { bold, inlineRuns, italic, lettered, para, value } from '../blocks';
import { rich } from '../longText';
import { fishboneFigures } from '../fishboneFigure';
import type { ReportContext } from '../context';
import type { Block, Chapter } from '../outline';
import { apklTable, usgTable } from '../tables/issues';
import { gapTable, indicatorTable, rootCauseTable } from '../tables/analysis';
import { BENEFICIARY, HORIZON_TITLE, INNOVATION, MISSING } from '../terms';

export function pendahuluan(c: ReportContext): Chapter {
  const p = c.p;
  return {
    title: 'PENDAHULUAN',
    numbered: true,
    blocks: lettered([
      ['Latar Belakang', rich(c, p.narrative.latarBelakang)],
      ['Identifikasi Isu', identifikasiIsu(c)],
      ['Penetapan Isu Prioritas', isuPrioritas(c)],
      ['Analisis Penyebab dan Kesenjangan', penyebab(c)],
      ['Gagasan Kreatif', gagasan(c)],
      ['Tujuan', tujuan(c)],
      ['Manfaat', manfaat(c)],
      ['Ruang Lingkup', p.narrative.ruangLingkup.trim() ? rich(c, p.narrative.ruangLingkup) : null],
    ]),
  };
}

function identifikasiIsu(c: ReportContext): Block[] {
  if (c.p.issueAnalysis.issues.length === 0) return [para(value(''))];
  return [
    para(
      `Isu-isu yang dihadapi unit kerja diidentifikasi dari tugas dan fungsi, dokumen perencanaan, pengaduan masyarakat dan data kinerja, kemudian diuji dengan kriteria APKL (Aktual, Problematik, Kekhalayakan, Layak) sebagaimana tercantum dalam tabel berikut.`,
    ),
    apklTable(c),
  ];
}

/** The tie-break rule in force, stated where the USG method is explained (docs/domain.md §3.3). */
const TIE_RULE_SENTENCE: Record<TieBreakRule, string> = {
  DECIDE: 'Apabila dua isu atau lebih memiliki total nilai yang sama, urutannya diputuskan bersama mentor.',
  USG_ORDER:
    'Apabila dua isu atau lebih memiliki total nilai yang sama, isu dengan nilai Urgency lebih tinggi didahulukan, lalu Seriousness, lalu Growth; bila ketiganya masih sama, urutannya diputuskan bersama mentor.',
};

const DECIDED_WITH = { MENTOR: 'mentor', COACH: 'coach', TEAM: 'tim efektif' } as const;

/**
 * How the core issue was chosen, as it was: by the highest USG total, by a tie at the top decided
 * with the mentor, coach or team (never "the highest USG" then), or set with the mentor.
 */
function coreIssueLead(c: ReportContext, coreId: string): string {
  if (c.usg.coreSource === 'OVERRIDE') return 'Isu utama (core issue) yang ditetapkan bersama mentor adalah ';
  const top = c.usg.rows[0];
  const tie = top ? c.usg.decidedTies.find((t) => t.total === top.total && t.decision.issueIds.includes(coreId)) : undefined;
  const byRule = top ? c.usg.ruleOrdered.find((r) => r.total === top.total && r.issueIds[0] === coreId) : undefined;
  if (!tie && byRule)
    return `${byRule.issueIds.length} isu memiliki nilai USG tertinggi yang sama (total ${byRule.total}); sesuai aturan yang dipakai, isu dengan nilai Urgency lebih tinggi didahulukan, lalu Seriousness, lalu Growth. Dengan demikian isu utama (core issue) yang ditetapkan adalah `;
  if (!tie) return 'Berdasarkan nilai USG tertinggi, isu utama (core issue) yang ditetapkan adalah ';
  const note = tie.decision.note.trim();
  return `${tie.decision.issueIds.length} isu memiliki nilai USG tertinggi yang sama (total ${tie.total}); urutannya diputuskan bersama ${DECIDED_WITH[tie.decision.decidedWith]}${note ? ` dengan pertimbangan: ${note.replace(/[.\s]+$/, '')}` : ''}. Dengan demikian isu utama (core issue) yang ditetapkan adalah `;
}

function isuPrioritas(c: ReportContext): Block[] {
  const ia = c.p.issueAnalysis;
  const out: Block[] = [];
  const usg = usgTable(c);
  if (usg)
    out.push(
      para(
        `Isu yang lolos kriteria APKL dianalisis dengan metode USG (Urgency, Seriousness, Growth) untuk menentukan isu prioritas. ${TIE_RULE_SENTENCE[c.usg.rule]}`,
      ),
      usg,
    );
  const core = ia.issues.find((i) => i.id === c.usg.coreIssueId);
  if (core) {
    out.push(para(coreIssueLead(c, core.id), bold(`"${core.statement.trim() || MISSING}"`), '.'));
    if (c.usg.coreSource === 'OVERRIDE') out.push(para('Alasan penetapan: ', value(ia.coreOverride?.reason), '.'));
  } else {
    out.push(para('Isu utama (core issue): ', value(''), c.usg.unresolvedTies.length ? italic(' (nilai USG seri, belum diputuskan bersama mentor)') : ''));
  }
  out.push(para(bold('Dampak apabila isu tidak diselesaikan: ')), ...rich(c, ia.impactIfUnresolved));
  return out;
}

function penyebab(c: ReportContext): Block[] | null {
  const causes = rootCauseTable(c);
  const gap = gapTable(c);
  if (!causes && !gap) return null;
  const out: Block[] = [];
  if (causes) {
    const fishbone = fishboneFigures(c);
    const shown = fishbone.length ? ` sebagaimana ${fishbone.map((f) => f.caption.label).join(' dan ')}` : '';
    out.push(
      para(`Akar penyebab isu utama dianalisis dengan diagram tulang ikan (fishbone) menurut kategori ${c.p.rootCauses.categorySet}${shown}.`),
      ...fishbone,
      causes,
    );
  }
  if (gap) out.push(para('Kesenjangan antara kinerja yang diharapkan dan kinerja nyata saat ini digambarkan sebagai berikut.'), gap);
  return out;
}

function gagasan(c: ReportContext): Block[] {
  const b = c.p.breakthrough;
  const out: Block[] = [];
  const name = b.name.trim();
  out.push(
    para(
      `Gagasan kreatif ${c.noun} ini adalah `,
      name ? bold(name) : value(''),
      b.acronymMeaning.trim() ? ` (${b.acronymMeaning.trim()})` : '',
      b.kinds.length ? `, berupa ${b.kinds.map((k) => INNOVATION[k]).join(', ')}.` : '.',
    ),
  );
  out.push(...rich(c, b.description));
  if (b.integratesWith.trim()) out.push(para('Gagasan ini terintegrasi dengan: ', b.integratesWith.trim(), '.'));
  return out;
}

function tujuan(c: ReportContext): Block[] {
  const out: Block[] = [para(`Tujuan ${c.noun} ini dibagi menurut jangka waktunya:`)];
  out.push({
    kind: 'list',
    ordered: true,
    items: HORIZONS.map((h) => [bold(`${HORIZON_TITLE[h]} ${inBrackets(c.p.horizonLengths[h].trim() || MISSING)}: `), ...inlineRuns(c.p.goals[h].statement)]),
  });
  const indicators = indicatorTable(c, 'Indikator Keberhasilan Tujuan');
  if (indicators) out.push(indicators);
  return out;
}

function manfaat(c: ReportContext): Block[] {
  return [
    para(`Manfaat yang diharapkan dari ${c.noun} ini adalah sebagai berikut.`),
    {
      kind: 'list',
      ordered: true,
      items: (Object.keys(BENEFICIARY) as (keyof typeof BENEFICIARY)[]).map((k) => [bold(`${BENEFICIARY[k]}: `), ...inlineRuns(c.p.benefits[k])]),
    },
  ];
}
