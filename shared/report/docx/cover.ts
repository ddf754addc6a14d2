/**
 * The cover (docs/domain.md §2.1a), centred, top to bottom: document type, title, optional logo,
 * "Oleh:" name, NIP and participant number, the programme and cohort, the organiser, city and year.
 */
import { Paragraph } from 'docx';
import { programmeName } from '../../model/programmes';
import type { Project } from '../../model/types';
import { attachmentPicture } from '../images';
import { fitPicture, pictureRun } from './figures';
import { twips, type PageGeometry } from './geometry';
import { nipRuns } from './people';
import { placeholderRun, plain } from './runs';
import { STYLE } from './styles';

const LOGO_CM = 4;

/** Line height of the cover's 14 pt lines (1.15 spacing), and a safe count of capitals per 14 cm line. */
const LINE_CM = 0.66;
const CHARS_PER_14CM = 38;
/** Spacing above the title, "Oleh:", the cohort, the organiser and the city, in cm, before fitting. */
const GAPS = { title: 1.5, by: 5, cohort: 4, organiser: 1.8, city: 1.5 };

/**
 * Shrinks the gaps so the cover stays on one page whatever the title's length: estimate the lines
 * the text takes, and share what is left of the page among the gaps.
 */
function gapScale(texts: string[], textWidthCm: number, textHeightCm: number, logoCm: number): number {
  const perLine = Math.max(10, Math.floor((CHARS_PER_14CM * textWidthCm) / 14));
  const lines = texts.reduce((n, t) => n + Math.max(1, Math.ceil(t.length / perLine)), 0);
  const free = textHeightCm - lines * LINE_CM - logoCm - 1;
  const wanted = Object.values(GAPS).reduce((a, b) => a + b, 0);
  return Math.max(0, Math.min(1, free / wanted));
}

export function coverPage(p: Project, documentType: string, g: PageGeometry): Paragraph[] {
  const line = (text: string, opts: { before?: number; bold?: boolean; size?: number; upper?: boolean } = {}) => {
    const value = text.trim();
    return new Paragraph({
      style: STYLE.cover,
      spacing: { before: opts.before ?? 0, after: 0 },
      children: value ? plain(opts.upper === false ? value : value.toUpperCase(), { bold: opts.bold ?? true, ...(opts.size ? { size: opts.size } : {}) }) : [placeholderRun()],
    });
  };
  const person = p.people.participant;
  const prog = p.programme;
  const cohort = [`PESERTA ${programmeName(prog).toUpperCase()}`, prog.angkatan.trim() ? `ANGKATAN ${prog.angkatan.trim().toUpperCase()}` : '', prog.year ? `TAHUN ${prog.year}` : ''].filter(Boolean).join(' ');
  const logo = p.documentSettings.logoAttachmentId ? p.attachments.find((a) => a.id === p.documentSettings.logoAttachmentId) : undefined;
  const picture = logo ? attachmentPicture(logo) : null;
  const cm = (t: number) => (t / 1440) * 2.54;
  const scale = gapScale(
    [documentType, p.title, 'Oleh:', person.name, 'NIP', 'Nomor', cohort, prog.organiserParent, prog.organiser, prog.city, 'year'],
    cm(g.textWidth), cm(g.textHeight), picture ? LOGO_CM + 1.5 : 0,
  );
  const gap = (key: keyof typeof GAPS) => Math.round(twips(GAPS[key]) * scale);

  const out: Paragraph[] = [line(documentType), line(p.title, { before: gap('title') })];
  if (picture) {
    const px = twips(LOGO_CM) / 15;
    out.push(new Paragraph({ style: STYLE.cover, spacing: { before: gap('title'), after: 0 }, children: [pictureRun(picture, fitPicture(picture.width, picture.height, px, px), 'Logo')] }));
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

