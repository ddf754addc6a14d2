/** The title slide, the background with the project's key figures, and the closing slide. */
import { formatRupiah } from '../../format/numbers';
import type { Person } from '../../model/types';
import type { ReportContext } from '../../report/context';
import { documentType } from '../../report/context';
import { attachmentPicture } from '../../report/images';
import { MISSING } from '../../report/terms';
import { groupNip } from '../../format/nip';
import { BODY_BOX, columns, containBox, SLIDE_W, splitTop } from '../geometry';
import type { Slide, SlideElement } from '../model';
import { BODY_SIZES, notesOf, richParas, slide, SMALL_SIZES, textBox } from '../frame';
import type { Para } from '../textFit';

const nameOf = (p: Person) => p.name.trim() || MISSING;

export function titleSlide(c: ReportContext): Slide[] {
  const p = c.p;
  const logo = p.documentSettings.logoAttachmentId ? p.attachments.find((a) => a.id === p.documentSettings.logoAttachmentId) : undefined;
  const picture = logo ? attachmentPicture(logo) : null;
  const textW = picture ? SLIDE_W - 3.2 : SLIDE_W - 1.4;
  const title = p.title.trim() || MISSING;
  const who = p.people.participant;
  const idea = [p.breakthrough.name.trim(), p.breakthrough.acronymMeaning.trim()].filter(Boolean).join(' — ');
  const programme = [c.programme, p.programme.angkatan.trim() && `Angkatan ${p.programme.angkatan.trim()}`, p.programme.year ? `Tahun ${p.programme.year}` : '']
    .filter(Boolean)
    .join(' ');
  const left: Para[] = [
    { text: nameOf(who), bold: true },
    ...(who.nip.trim() ? [{ text: `NIP ${groupNip(who.nip)}` }] : []),
    { text: who.jabatan.trim() || MISSING },
    ...(who.instansi.trim() ? [{ text: who.instansi.trim() }] : []),
  ];
  const right: Para[] = [
    { text: programme, bold: true },
    ...(p.programme.organiser.trim() ? [{ text: p.programme.organiser.trim() }] : []),
    { text: `Mentor: ${nameOf(p.people.mentor)}` },
    { text: `Coach: ${nameOf(p.people.coach)}` },
  ];
  const [l, r] = columns({ x: 0.7, y: 4.4, w: SLIDE_W - 1.4, h: 2.6 }, [1, 1], 0.5);
  const elements: SlideElement[] = [
    { kind: 'shape', box: { x: 0, y: 0, w: SLIDE_W, h: 3.2 }, fill: 'accent' },
    textBox('band', { x: 0.7, y: 0.4, w: textW, h: 0.55 }, [{ text: documentType(c), bold: true }], { max: 18, min: 12 }),
    textBox('band', { x: 0.7, y: 1.0, w: textW, h: 2.0 }, [{ text: title, bold: true }], { max: 34, min: 20 }, { valign: 'middle' }),
    textBox('big', { x: 0.7, y: 3.4, w: SLIDE_W - 1.4, h: 0.9 }, [{ text: idea || MISSING, bold: true }], { max: 26, min: 16 }, { valign: 'middle' }),
    textBox('body', l!, left, { max: 20, min: 12 }),
    textBox('body', r!, right, { max: 20, min: 12 }),
  ];
  if (picture)
    elements.push({
      kind: 'picture',
      box: containBox({ x: SLIDE_W - 2.2, y: 0.4, w: 1.6, h: 2.4 }, picture.width, picture.height),
      source: { kind: 'photo', picture },
      alt: 'Logo',
    });
  return [
    {
      section: 'title',
      title,
      elements,
      notes: notesOf([['Abstrak', p.narrative.abstrak]], `Perkenalkan diri, ${c.noun} "${idea || title}", mentor dan coach.`),
    },
  ];
}

/** Key figures of the project, every number from shared/domain through the report context. */
function keyFigures(c: ReportContext): Para[] {
  const p = c.p;
  const passed = [...c.apkl.values()].filter((r) => r.pass === true).length;
  const core = c.usg.rows.find((r) => r.issueId === c.usg.coreIssueId);
  const short = p.milestones.filter((m) => m.horizon === 'PENDEK').length;
  return [
    { text: 'Data singkat', bold: true },
    { text: `${p.issueAnalysis.issues.length} isu teridentifikasi, ${passed} lolos APKL`, bullet: true },
    { text: core ? `Isu utama: nilai USG ${core.total} (peringkat ${core.rankRoman})` : `Isu utama: ${MISSING}`, bullet: true },
    { text: `${p.milestones.length} milestone, ${short} jangka pendek`, bullet: true },
    { text: `${p.stakeholders.length} stakeholder, ${c.moved.size} berpindah kuadran`, bullet: true },
    { text: `Tim efektif ${p.team.length} orang`, bullet: true },
    { text: `Anggaran ${formatRupiah(c.budget.total, p.documentSettings.currencyStyle)}`, bullet: true },
  ];
}

export function backgroundSlide(c: ReportContext): Slide[] {
  const [text, data] = columns(BODY_BOX, [7, 4]);
  const paras = richParas(c.p.narrative.latarBelakang);
  return [
    slide(
      'background',
      'Latar Belakang',
      [
        textBox('body', text!, paras.length ? paras : [{ text: MISSING }], BODY_SIZES),
        { kind: 'shape', box: data!, fill: 'tint' },
        textBox('callout', data!, keyFigures(c), SMALL_SIZES),
      ],
      notesOf(
        [
          ['Latar belakang', c.p.narrative.latarBelakang],
          ['Profil organisasi', c.p.narrative.profilOrganisasi],
        ],
        'Ceritakan kondisi yang mendorong perubahan ini.',
      ),
    ),
  ];
}

export function closingSlide(c: ReportContext): Slide[] {
  const n = c.p.narrative;
  const [thanks, rest] = splitTop(BODY_BOX, 1.2);
  const summary = richParas(n.kesimpulan);
  return [
    slide(
      'closing',
      'Penutup',
      [
        textBox('big', thanks, [{ text: 'Terima kasih', bold: true }], { max: 40, min: 28 }, { align: 'center', valign: 'middle' }),
        textBox('body', rest, summary.length ? summary : [{ text: `Mohon masukan mentor, coach dan penguji untuk ${c.noun} ini.` }], BODY_SIZES),
      ],
      notesOf(
        [
          ['Kesimpulan', n.kesimpulan],
          [c.kind === 'laporan' ? 'Saran dan rekomendasi' : 'Rencana tindak lanjut', n.saran],
        ],
        'Tutup dengan ringkasan dan ucapan terima kasih.',
      ),
    ),
  ];
}
