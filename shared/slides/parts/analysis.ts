/** Issues (APKL), the priority and core issue (USG), root causes, the gap, the idea and the goals. */
import { HORIZONS } from '../../model/enums';
import type { ReportContext } from '../../report/context';
import { gapTable, indicatorTable, rootCauseTable } from '../../report/tables/analysis';
import { apklTable, usgTable } from '../../report/tables/issues';
import { HORIZON_TITLE, INNOVATION, MISSING } from '../../report/terms';
import { BODY_BOX, columns, splitTop } from '../geometry';
import type { Slide } from '../model';
import { BODY_SIZES, notesOf, richParas, slide, tableSlides, textBox } from '../frame';
import { fromReportTable } from '../tableFit';

/** A slide saying the part is still empty: the deck keeps its shape for a draft. */
export function placeholder(section: Slide['section'], title: string, what: string): Slide[] {
  return [slide(section, title, [textBox('body', BODY_BOX, [{ text: `${what}: ${MISSING}` }], BODY_SIZES)], `${what} belum diisi di aplikasi.`)];
}

export function issuesSlides(c: ReportContext): Slide[] {
  if (c.p.issueAnalysis.issues.length === 0) return placeholder('issues', 'Identifikasi Isu (APKL)', 'Isu');
  return tableSlides(
    'issues',
    'Identifikasi Isu (APKL)',
    fromReportTable(apklTable(c), ['No', 'Isu', 'A', 'P', 'K', 'L', 'Total', 'Keterangan']),
    'Isu diuji dengan kriteria Aktual, Problematik, Kekhalayakan dan Layak.',
  );
}

export function coreSlides(c: ReportContext): Slide[] {
  const ia = c.p.issueAnalysis;
  const core = ia.issues.find((i) => i.id === c.usg.coreIssueId);
  const coreText = core ? core.statement.trim() || MISSING : MISSING;
  const [tableBox, calloutBox] = splitTop(BODY_BOX, BODY_BOX.h - 1.35);
  const callout = [{ text: 'Isu utama (core issue)', bold: true }, { text: coreText }];
  const calloutElements = [
    { kind: 'shape' as const, box: calloutBox, fill: 'accent' as const },
    textBox('band', calloutBox, callout, { max: 22, min: 14 }, { valign: 'middle' }),
  ];
  const notes = notesOf(
    [
      ['Isu utama', coreText],
      ['Dampak apabila tidak diselesaikan', ia.impactIfUnresolved],
      ['Alasan penetapan', c.usg.coreSource === 'OVERRIDE' ? (ia.coreOverride?.reason ?? '') : ''],
    ],
    'Jelaskan mengapa isu ini menjadi prioritas.',
  );
  const usg = usgTable(c);
  if (!usg) return [slide('core', 'Isu Prioritas (USG) dan Isu Utama', calloutElements, notes)];
  const pages = tableSlides(
    'core',
    'Isu Prioritas (USG) dan Isu Utama',
    fromReportTable(usg, ['No', 'Isu', 'U', 'S', 'G', 'Total', 'Peringkat']),
    notes,
    tableBox,
  );
  pages.at(-1)!.elements.push(...calloutElements);
  return pages;
}

export function causeSlides(c: ReportContext): Slide[] {
  const t = rootCauseTable(c);
  if (!t) return placeholder('causes', 'Akar Penyebab Masalah', 'Akar penyebab');
  return tableSlides(
    'causes',
    `Akar Penyebab Masalah (${c.p.rootCauses.categorySet})`,
    fromReportTable(t),
    'Akar penyebab isu utama menurut kategori diagram tulang ikan (fishbone).',
  );
}

export function gapSlides(c: ReportContext): Slide[] {
  const t = gapTable(c);
  if (!t) return placeholder('gap', 'Kesenjangan', 'Kesenjangan');
  return tableSlides(
    'gap',
    'Kesenjangan: Kondisi Saat Ini dan yang Diharapkan',
    fromReportTable(t),
    'Kesenjangan antara kinerja yang diharapkan dan kinerja nyata saat ini.',
  );
}

export function ideaSlides(c: ReportContext): Slide[] {
  const b = c.p.breakthrough;
  const [head, rest] = splitTop(BODY_BOX, 1.3);
  const name = b.name.trim() || MISSING;
  const kinds = b.kinds.length ? `Bentuk: ${b.kinds.map((k) => INNOVATION[k]).join(', ')}` : '';
  const body = [...richParas(b.description), ...(b.integratesWith.trim() ? [{ text: `Terintegrasi dengan: ${b.integratesWith.trim()}` }] : [])];
  return [
    slide(
      'idea',
      `Gagasan Kreatif ${c.label}`,
      [
        { kind: 'shape', box: head, fill: 'tint' },
        textBox(
          'big',
          head,
          [{ text: name, bold: true }, ...(b.acronymMeaning.trim() ? [{ text: b.acronymMeaning.trim() }] : []), ...(kinds ? [{ text: kinds }] : [])],
          { max: 26, min: 13 },
          { valign: 'middle' },
        ),
        textBox('body', rest, body.length ? body : [{ text: `Uraian gagasan: ${MISSING}` }], BODY_SIZES),
      ],
      notesOf([['Gagasan kreatif', b.description]], 'Jelaskan gagasan kreatif dan bentuk inovasinya.'),
    ),
  ];
}

export function goalSlides(c: ReportContext): Slide[] {
  const boxes = columns(BODY_BOX, [1, 1, 1]);
  const goals = slide(
    'goals',
    `Tujuan ${c.label}`,
    HORIZONS.flatMap((h, i) => {
      const [head, rest] = splitTop(boxes[i]!, 0.9, 0.1);
      const statement = richParas(c.p.goals[h].statement);
      return [
        { kind: 'shape' as const, box: head, fill: 'accent' as const },
        textBox(
          'band',
          head,
          [{ text: HORIZON_TITLE[h], bold: true }, { text: c.p.horizonLengths[h].trim() || MISSING }],
          { max: 18, min: 11 },
          { valign: 'middle' },
        ),
        textBox('body', rest, statement.length ? statement : [{ text: MISSING }], { max: 24, min: 12 }),
      ];
    }),
    notesOf(
      HORIZONS.map((h) => [HORIZON_TITLE[h], c.p.goals[h].statement]),
      'Jelaskan tujuan per jangka waktu.',
    ),
  );
  const t = indicatorTable(c, 'Indikator Keberhasilan Tujuan');
  const indicators = t
    ? tableSlides(
        'goals',
        'Indikator Keberhasilan',
        fromReportTable(t, ['No', 'Jangka', 'Indikator', 'Satuan', 'Baseline', 'Target']),
        'Indikator keberhasilan tiap jangka waktu dengan baseline dan target.',
      )
    : [];
  return [goals, ...indicators];
}
