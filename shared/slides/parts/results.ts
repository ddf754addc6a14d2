/** Laporan: plan against realisation, evidence photos, stakeholder movement, early benefits and sustainability. */
import { stakeholderMapSvg } from '../../charts/stakeholderMap';
import { positionQuadrant, QUADRANT_NAMES } from '../../domain/quadrant';
import { evidenceNumbers, orderedEvidence } from '../../report/chapters/lampiran';
import type { ReportContext } from '../../report/context';
import { attachmentPicture } from '../../report/images';
import { indicatorTable } from '../../report/tables/analysis';
import { realisationTable } from '../../report/tables/milestones';
import { MISSING } from '../../report/terms';
import { BODY_BOX, columns, containBox, splitTop, type Box } from '../geometry';
import type { Slide, SlideElement } from '../model';
import { BODY_SIZES, notesOf, richParas, slide, SMALL_SIZES, tableSlides, textBox, chartPicture } from '../frame';
import { fromReportTable } from '../tableFit';
import type { Para } from '../textFit';
import { placeholder } from './analysis';

/** Photos per slide, and the most slides of photos a ten-minute seminar can show; the rest are listed in the notes. */
const PHOTOS_PER_SLIDE = 4;
const PHOTO_SLIDES = 2;

export function realisationSlides(c: ReportContext): Slide[] {
  const refs = evidenceNumbers(c);
  const t = realisationTable(c, (m) => (refs.get(m.id) ?? []).join(', '));
  if (!t) return placeholder('realisation', 'Rencana dan Realisasi', 'Milestone jangka pendek');
  const short = c.p.milestones.filter((m) => m.horizon === 'PENDEK');
  const done = short.filter((m) => m.status === 'DONE').length;
  const [top, rest] = splitTop(BODY_BOX, 0.6);
  return tableSlides(
    'realisation',
    'Capaian Milestone: Rencana dan Realisasi',
    fromReportTable(t, ['Kode', 'Milestone', 'Rencana', 'Realisasi', 'Status / Capaian', 'Bukti']),
    notesOf([['Peran tim', c.p.narrative.perananTim]], 'Jelaskan capaian tiap milestone dan buktinya.'),
    rest,
    [
      textBox(
        'callout',
        top,
        [{ text: `${done} dari ${short.length} milestone jangka pendek selesai`, bold: true }],
        { max: 20, min: 14 },
        { valign: 'middle' },
      ),
    ],
  );
}

export function evidenceSlides(c: ReportContext): Slide[] {
  const all = orderedEvidence(c)
    .map((a) => ({ a, picture: attachmentPicture(a) }))
    .filter((x) => x.picture);
  if (all.length === 0) return placeholder('evidence', 'Bukti Kegiatan', 'Foto bukti kegiatan');
  const shown = all.slice(0, PHOTOS_PER_SLIDE * PHOTO_SLIDES);
  const pages = Math.ceil(shown.length / PHOTOS_PER_SLIDE);
  const left = all.slice(shown.length).map((x) => x.a.caption.trim() || x.a.name.trim());
  const notes = `Bukti kegiatan yang ditampilkan: ${shown.length} dari ${all.length}.${left.length ? `\nBukti lain (lihat laporan):\n${left.join('\n')}` : ''}`;
  const out: Slide[] = [];
  for (let i = 0; i < pages; i++) {
    const batch = shown.slice(i * PHOTOS_PER_SLIDE, (i + 1) * PHOTOS_PER_SLIDE);
    const [upper, lower] = [
      { ...BODY_BOX, h: BODY_BOX.h / 2 - 0.05 },
      { ...BODY_BOX, y: BODY_BOX.y + BODY_BOX.h / 2 + 0.05, h: BODY_BOX.h / 2 - 0.05 },
    ];
    const cells: Box[] = [...columns(upper, [1, 1]), ...columns(lower, [1, 1])];
    const elements: SlideElement[] = batch.flatMap(({ a, picture }, j) => {
      const [photo, caption] = splitTop(cells[j]!, cells[j]!.h - 0.5, 0.05);
      return [
        {
          kind: 'picture' as const,
          box: containBox(photo, picture!.width, picture!.height),
          source: { kind: 'photo' as const, picture: picture! },
          alt: a.caption.trim() || a.name.trim() || 'Bukti',
        },
        textBox('caption', caption, [{ text: a.caption.trim() || a.name.trim() || 'Tanpa keterangan' }], { max: 14, min: 10 }, { align: 'center' }),
      ];
    });
    out.push(slide('evidence', pages > 1 ? `Bukti Kegiatan (${i + 1}/${pages})` : 'Bukti Kegiatan', elements, notes));
  }
  return out;
}

export function movementSlides(c: ReportContext): Slide[] {
  if (c.p.stakeholders.length === 0) return placeholder('movement', 'Pergerakan Stakeholder', 'Stakeholder');
  const naming = c.p.stakeholderSettings.naming;
  const threshold = c.p.stakeholderSettings.threshold;
  const name = (pos: Parameters<typeof positionQuadrant>[0]) => {
    const q = positionQuadrant(pos, threshold);
    return q ? QUADRANT_NAMES[naming][q] : MISSING;
  };
  const moved = c.p.stakeholders.filter((s) => c.moved.has(s.id));
  const [map, side] = columns(BODY_BOX, [7, 4]);
  const list: Para[] = [
    { text: `${moved.length} dari ${c.p.stakeholders.length} stakeholder berpindah kuadran`, bold: true },
    ...moved.map((s) => ({ text: `${s.name.trim() || MISSING}: ${name(s.before)} → ${name(s.after)}`, bullet: true })),
  ];
  return [
    slide(
      'movement',
      'Pergerakan Stakeholder',
      [chartPicture(map!, stakeholderMapSvg(c.p, 'movement'), 'Pergerakan stakeholder sebelum dan sesudah'), textBox('body', side!, list, SMALL_SIZES)],
      notesOf([['Pengelolaan stakeholder', c.p.narrative.pengelolaanStakeholder]], list.map((p) => p.text).join('\n')),
    ),
  ];
}

export function benefitSlides(c: ReportContext): Slide[] {
  const text = richParas(c.p.narrative.manfaatDirasakan);
  const out = [
    slide(
      'benefits',
      'Manfaat yang Telah Dirasakan',
      [textBox('body', BODY_BOX, text.length ? text : [{ text: MISSING }], BODY_SIZES)],
      notesOf(
        [
          ['Manfaat yang dirasakan', c.p.narrative.manfaatDirasakan],
          ['Refleksi kepemimpinan', c.p.narrative.refleksiKepemimpinan],
        ],
        'Sampaikan manfaat awal bagi organisasi dan masyarakat.',
      ),
    ),
  ];
  const t = indicatorTable(c, 'Capaian Indikator');
  if (t)
    out.push(
      ...tableSlides(
        'benefits',
        'Capaian Indikator: Baseline, Target dan Realisasi',
        fromReportTable(t, ['No', 'Jangka', 'Indikator', 'Baseline', 'Target', 'Realisasi']),
        'Capaian indikator keberhasilan dibandingkan baseline dan target.',
      ),
    );
  return out;
}

export function sustainabilitySlides(c: ReportContext): Slide[] {
  const s = c.p.sustainability;
  const paras: Para[] = [...richParas(s.narrative), ...s.items.map((i) => ({ text: i.text.trim() || MISSING, bullet: true }))];
  return [
    slide(
      'sustainability',
      'Keberlanjutan',
      [textBox('body', BODY_BOX, paras.length ? paras : [{ text: MISSING }], BODY_SIZES)],
      notesOf(
        [['Keberlanjutan', [s.narrative, ...s.items.map((i) => `- ${i.text}`)].join('\n\n')]],
        'Jelaskan bagaimana perubahan ini berlanjut setelah pelatihan.',
      ),
    ),
  ];
}
