/**
 * The poster's blocks, each measured for a width and a type scale before it is placed: the
 * problem, the idea, the milestones, stakeholder movement, results and evidence. Labels and
 * numbers come from the report context, as in the report and the slides.
 */
import { stakeholderMapSvg } from '../charts/stakeholderMap';
import { el } from '../charts/xml';
import type { ReportContext } from '../report/context';
import { orderedEvidence } from '../report/chapters/lampiran';
import { attachmentPicture } from '../report/images';
import { HORIZON_TITLE, MISSING, STATUS } from '../report/terms';
import { plainText } from '../text/richText';
import type { Theme } from '../slides/themes';
import { keep, LINE, typeScale, wrapped } from './text';

export interface Block {
  /** Half-width blocks sit side by side in pairs. */
  half: boolean;
  height(width: number, s: number): number;
  draw(x: number, y: number, width: number, s: number, t: Theme): string;
}

const INK = '#1f2933';
const MUTED = '#52606d';
const PAD = 18;
const hex = (c: string) => `#${c}`;

/** A card: tinted frame, heading in the accent colour, then its content. */
function card(heading: string, content: (x: number, y: number, w: number, s: number, t: Theme) => { svg: string; height: number }): Omit<Block, 'half'> {
  const headSize = (s: number) => 26 * typeScale(s);
  const measure = (width: number, s: number, t: Theme, x = 0, y = 0) => content(x + PAD, y + PAD + headSize(s) * LINE + 8 * s, width - 2 * PAD, s, t);
  const probe: Theme = { id: 'biru', accent: '000000', tint: 'FFFFFF', ink: '000000', muted: '000000', font: 'Liberation Sans' };
  return {
    height: (width, s) => 2 * PAD + headSize(s) * LINE + 8 * s + measure(width, s, probe).height,
    draw(x, y, width, s, t) {
      const body = measure(width, s, t, x, y);
      const h = 2 * PAD + headSize(s) * LINE + 8 * s + body.height;
      return el(
        'g',
        { 'data-block': heading },
        el('rect', { x, y, width, height: h, rx: 10, fill: hex(t.tint) }),
        el('rect', { x, y, width: 8, height: h, fill: hex(t.accent) }),
        wrapped(heading.toUpperCase(), x + PAD, y + PAD - 4 * s, width - 2 * PAD, { size: headSize(s), bold: true }, 1, hex(t.accent)).svg,
        body.svg,
      );
    },
  };
}

/** Several wrapped pieces one under another. */
function stack(pieces: { text: string; size: number; bold?: boolean; lines: number; fill?: string; gap?: number }[]) {
  return (x: number, y: number, w: number, s: number) => {
    let svg = '';
    let h = 0;
    const t = typeScale(s);
    for (const p of pieces) {
      if (!p.text.trim()) continue;
      const b = wrapped(p.text, x, y + h, w, { size: p.size * t, bold: !!p.bold }, keep(p.lines, s), p.fill ?? INK);
      svg += b.svg;
      h += b.height + (p.gap ?? 10) * t;
    }
    return { svg, height: h };
  };
}

export function problemBlock(c: ReportContext): Block {
  const core = c.p.issueAnalysis.issues.find((i) => i.id === c.usg.coreIssueId);
  const row = c.usg.rows.find((r) => r.issueId === c.usg.coreIssueId);
  return {
    half: true,
    ...card(
      'Masalah',
      stack([
        { text: core?.statement.trim() || MISSING, size: 22, bold: true, lines: 5 },
        {
          text: row ? `Isu utama, nilai USG ${row.total} (peringkat ${row.rankRoman}) dari ${c.p.issueAnalysis.issues.length} isu` : '',
          size: 16,
          lines: 2,
          fill: MUTED,
        },
        { text: plainText(c.p.issueAnalysis.impactIfUnresolved), size: 17, lines: 7 },
      ]),
    ),
  };
}

export function ideaBlock(c: ReportContext): Block {
  const b = c.p.breakthrough;
  return {
    half: true,
    ...card('Gagasan Kreatif', (x, y, w, s, t) =>
      stack([
        { text: b.name.trim() || MISSING, size: 34, bold: true, lines: 2, fill: hex(t.accent), gap: 4 },
        { text: b.acronymMeaning, size: 18, bold: true, lines: 2 },
        { text: plainText(b.description), size: 17, lines: 8 },
      ])(x, y, w, s),
    ),
  };
}

/** Short-term milestones with their status; the laporan shows what was done. */
export function milestoneBlock(c: ReportContext): Block {
  const items = c.p.milestones.filter((m) => m.horizon === 'PENDEK');
  const shown = items.slice(0, 10);
  return {
    half: false,
    ...card(`Milestone ${HORIZON_TITLE.PENDEK}`, (x, y, w, s) => milestoneLines(c, items, items.slice(0, keep(shown.length, s)))(x, y, w, s)),
  };
}

function milestoneLines(c: ReportContext, items: ReportContext['p']['milestones'], shown: ReportContext['p']['milestones']) {
  const lines = shown.map((m) => ({
    text: `${c.codes.get(m.id) ?? ''}  ${m.title.trim() || MISSING}${c.kind === 'laporan' ? ` — ${STATUS[m.status]}${m.achievementPct !== null ? ` ${m.achievementPct}%` : ''}` : ''}`,
    size: 17,
    lines: 2,
    gap: 6,
  }));
  if (items.length > shown.length) lines.push({ text: `dan ${items.length - shown.length} milestone lainnya`, size: 16, lines: 1, gap: 6 });
  if (!items.length) lines.push({ text: MISSING, size: 17, lines: 1, gap: 6 });
  return stack(lines);
}

export function movementBlock(c: ReportContext): Block {
  const chart = stakeholderMapSvg(c.p, 'movement');
  const inner = chart.svg.replace(/^<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const summary = `${c.moved.size} dari ${c.p.stakeholders.length} stakeholder ${c.kind === 'laporan' ? 'berpindah' : 'direncanakan berpindah'} kuadran`;
  return {
    half: true,
    ...card('Pergerakan Stakeholder', (x, y, w, s) => {
      // The map shrinks with the type, so a crowded page gives room to text and picture alike.
      const cw = w * Math.min(1, 0.3 + 0.7 * s);
      const h = (cw * chart.height) / chart.width;
      const caption = wrapped(summary, x, y + h + 8 * s, w, { size: 16 * typeScale(s), bold: true }, 2, INK);
      return {
        svg: el('svg', { x: x + (w - cw) / 2, y, width: cw, height: h, viewBox: `0 0 ${chart.width} ${chart.height}` }, inner) + caption.svg,
        height: h + 8 * s + caption.height,
      };
    }),
  };
}

export function resultBlock(c: ReportContext): Block {
  const short = c.p.milestones.filter((m) => m.horizon === 'PENDEK');
  const done = short.filter((m) => m.status === 'DONE').length;
  const laporan = c.kind === 'laporan';
  const indicators = (['PENDEK', 'MENENGAH', 'PANJANG'] as const)
    .flatMap((h) => c.p.goals[h].indicators)
    .slice(0, 5)
    .map((i) => ({
      text: `${i.name.trim() || MISSING}: ${i.baseline.trim() || '–'} → ${i.target.trim() || '–'}${laporan && i.realised.trim() ? ` (tercapai ${i.realised.trim()})` : ''}`,
      size: 16,
      lines: 2,
      gap: 6,
    }));
  return {
    half: true,
    ...card(
      laporan ? 'Hasil' : 'Hasil yang Diharapkan',
      stack([
        {
          text: laporan ? `${done} dari ${short.length} milestone jangka pendek selesai` : `${short.length} milestone jangka pendek direncanakan`,
          size: 20,
          bold: true,
          lines: 2,
        },
        ...indicators,
        { text: plainText(laporan ? c.p.narrative.manfaatDirasakan : c.p.benefits.MASYARAKAT), size: 16, lines: 6 },
      ]),
    ),
  };
}

const PHOTOS = 4;

export function evidenceBlock(c: ReportContext): Block {
  const photos = orderedEvidence(c)
    .map((a) => ({ a, picture: attachmentPicture(a) }))
    .filter((x) => x.picture)
    .slice(0, PHOTOS);
  const captionSize = 14;
  return {
    half: false,
    ...card('Bukti Kegiatan', (x, y, w, s) => {
      if (!photos.length) return wrapped(`Foto bukti kegiatan: ${MISSING}`, x, y, w, { size: 17 * typeScale(s) }, 1, MUTED);
      const gap = 14 * s;
      const cw = (w - gap * (PHOTOS - 1)) / PHOTOS;
      // Photos shrink with the page's scale, centred in their column.
      const ph = cw * 0.75 * Math.min(1, 0.3 + 0.7 * s);
      let svg = '';
      let captionH = 0;
      photos.forEach(({ a, picture }, i) => {
        const px = x + i * (cw + gap);
        const mime = picture!.type === 'jpg' ? 'image/jpeg' : 'image/png';
        svg += el('image', { x: px, y, width: cw, height: ph, href: `data:${mime};base64,${a.data}`, preserveAspectRatio: 'xMidYMid meet' });
        const cap = wrapped(a.caption.trim() || a.name.trim(), px, y + ph + 4 * s, cw, { size: captionSize * typeScale(s) }, keep(2, s), MUTED);
        svg += cap.svg;
        captionH = Math.max(captionH, cap.height);
      });
      return { svg, height: ph + 4 * s + captionH };
    }),
  };
}
