/**
 * The cover (docs/domain.md §2.1a), centred, top to bottom: document type, title, optional logo,
 * "Oleh:" name, NIP and participant number, the programme and cohort, the organiser, city and year.
 */
import { Paragraph, type ParagraphChild } from 'docx';
import { programmeName } from '../../model/programmes';
import type { Project } from '../../model/types';
import { attachmentPicture } from '../images';
import { fitPicture, pictureRun } from './figures';
import { twips, type PageGeometry } from './geometry';
import { nipRuns } from './people';
import { placeholderRun, plain } from './runs';
import { lineCount, lineHeight, type TextFont } from '../measure';
import { STYLE } from './styles';

const LOGO_CM = 4;

/** Spacing above the title, "Oleh:", the cohort, the organiser and the city, in cm, before fitting. */
const GAPS = { title: 1.5, by: 5, cohort: 4, organiser: 1.8, city: 1.5 };

/**
 * Shrinks the gaps so the cover stays on one page whatever the title's and names' length: the
 * lines the text takes, measured in the report font (bold capitals, wrapped at spaces), and what
 * is left of the page shared among the gaps.
 */
function gapScale(texts: string[], g: PageGeometry, font: TextFont, logoCm: number): number {
  const cm = (twipsValue: number) => (twipsValue / 1440) * 2.54;
  const lines = texts.reduce((n, t) => n + lineCount(t.toUpperCase(), g.textWidth / 20, font), 0);
  // The cover style's 1.15 line spacing.
  const lineCm = ((lineHeight(font.size) * 1.15) / 72) * 2.54;
  const free = cm(g.textHeight) - lines * lineCm - logoCm - 1;
  const wanted = Object.values(GAPS).reduce((a, b) => a + b, 0);
  return Math.max(0, Math.min(1, free / wanted));
}

/** `marks`: zero-width bookmark markers at the start of the first line (which project, which section: shared/report/anchors.ts). */
export function coverPage(p: Project, documentType: string, g: PageGeometry, marks: ParagraphChild[] = []): Paragraph[] {
  const line = (text: string, opts: { before?: number; bold?: boolean; size?: number; upper?: boolean; lead?: ParagraphChild[] } = {}) => {
    const value = text.trim();
    return new Paragraph({
      style: STYLE.cover,
      spacing: { before: opts.before ?? 0, after: 0 },
      children: [
        ...(opts.lead ?? []),
        ...(value
          ? plain(opts.upper === false ? value : value.toUpperCase(), { bold: opts.bold ?? true, ...(opts.size ? { size: opts.size } : {}) })
          : [placeholderRun()]),
      ],
    });
  };
  const person = p.people.participant;
  const prog = p.programme;
  const cohort = [
    `PESERTA ${programmeName(prog).toUpperCase()}`,
    prog.angkatan.trim() ? `ANGKATAN ${prog.angkatan.trim().toUpperCase()}` : '',
    prog.year ? `TAHUN ${prog.year}` : '',
  ]
    .filter(Boolean)
    .join(' ');
  const logo = p.documentSettings.logoAttachmentId ? p.attachments.find((a) => a.id === p.documentSettings.logoAttachmentId) : undefined;
  const picture = logo ? attachmentPicture(logo) : null;
  const scale = gapScale(
    [
      documentType,
      p.title,
      'Oleh:',
      person.name,
      `NIP ${person.nip}`,
      `Nomor Peserta ${person.participantNo}`,
      cohort,
      prog.organiserParent,
      prog.organiser,
      prog.city,
      'year',
    ],
    g,
    { family: p.documentSettings.font, size: p.documentSettings.fontSizePt + 1, bold: true },
    picture ? LOGO_CM + 1.5 : 0,
  );
  const gap = (key: keyof typeof GAPS) => Math.round(twips(GAPS[key]) * scale);

  const out: Paragraph[] = [line(documentType, { lead: marks }), line(p.title, { before: gap('title') })];
  if (picture) {
    const px = twips(LOGO_CM) / 15;
    out.push(
      new Paragraph({
        style: STYLE.cover,
        spacing: { before: gap('title'), after: 0 },
        children: [pictureRun(picture, fitPicture(picture.width, picture.height, px, px), 'Logo')],
      }),
    );
  }
  out.push(
    line('Oleh:', { before: Math.round(gap('by') * (picture ? 0.4 : 1)), bold: false, upper: false }),
    line(person.name, { before: 120, upper: false }),
    new Paragraph({ style: STYLE.cover, children: nipRuns(person) }),
  );
  if (person.participantNo.trim()) out.push(line(`Nomor Peserta ${person.participantNo.trim()}`, { bold: false, upper: false }));
  out.push(line(cohort, { before: Math.round(gap('cohort') * (picture ? 0.6 : 1)) }));
  const organiser = [prog.organiserParent, prog.organiser].map((s) => s.trim()).filter(Boolean);
  out.push(...(organiser.length ? organiser.map((o, i) => line(o, { before: i === 0 ? gap('organiser') : 0 })) : [line('', { before: gap('organiser') })]));
  out.push(line(prog.city || '', { before: gap('city') }), line(prog.year ? String(prog.year) : ''));
  return out;
}
