/**
 * Project → one-page poster (SVG) for the exhibition of change projects: title and participant
 * in the accent band, then the problem and the idea, the milestones, stakeholder movement and
 * results, evidence photos, and the organiser at the foot. Every block is measured; when the
 * page is too short the type scale shrinks (never below 60 %) and when it is long (a banner) the
 * spare room goes between the rows. Rasterised by electron/core like the report's figures.
 */
import { CHART_FONT_STACK } from '../charts/theme';
import { el } from '../charts/xml';
import type { ReportKind } from '../domain/readiness';
import { groupNip } from '../format/nip';
import type { Project } from '../model/types';
import { DEFAULT_EXPORT_OPTIONS, documentType, reportContext, type ReportContext } from '../report/context';
import { attachmentPicture } from '../report/images';
import { MISSING } from '../report/terms';
import { themeFor, type Theme, type ThemeId } from '../slides/themes';
import { evidenceBlock, ideaBlock, milestoneBlock, movementBlock, problemBlock, resultBlock, type Block } from './blocks';
import { POSTER_MM, type PosterSize } from './sizes';
import { typeScale, wrapped } from './text';

export interface PosterOptions {
  kind: ReportKind;
  size?: PosterSize;
  theme?: ThemeId;
  logoColour?: string | null;
}

export interface Poster {
  svg: string;
  /** SVG units; the page is always 1000 wide. */
  width: number;
  height: number;
  size: PosterSize;
  /** Type scale the content needed (1 = as designed). */
  scale: number;
}

const W = 1000;
const MARGIN = 40;
const GAP = 24;
/** Below the type floor (0.6) the scale only trims lines; 0.2 keeps about a third of them. */
const MIN_SCALE = 0.2;

function header(c: ReportContext, s: number, t: Theme): { svg: string; height: number } {
  const p = c.p;
  const logo = p.documentSettings.logoAttachmentId ? p.attachments.find((a) => a.id === p.documentSettings.logoAttachmentId) : undefined;
  const picture = logo ? attachmentPicture(logo) : null;
  const logoW = picture ? 130 : 0;
  const w = W - 2 * MARGIN - (picture ? logoW + 20 : 0);
  const who = p.people.participant;
  const parts = [
    { text: documentType(c), size: 20, bold: true, lines: 2 },
    { text: p.title.trim() || MISSING, size: 40, bold: true, lines: 4 },
    { text: [who.name.trim() || MISSING, who.nip.trim() && `NIP ${groupNip(who.nip)}`, who.jabatan.trim()].filter(Boolean).join(' · '), size: 19, lines: 2 },
    {
      text: [c.programme, p.programme.angkatan.trim() && `Angkatan ${p.programme.angkatan.trim()}`, p.programme.year ? String(p.programme.year) : '']
        .filter(Boolean)
        .join(' '),
      size: 17,
      lines: 2,
    },
  ];
  let y = MARGIN;
  let svg = '';
  for (const part of parts) {
    const b = wrapped(part.text, MARGIN, y, w, { size: part.size * typeScale(s), bold: part.bold ?? false }, part.lines, '#ffffff');
    svg += b.svg;
    y += b.height + 10 * s;
  }
  const height = Math.max(y + MARGIN / 2, picture ? MARGIN + logoW + MARGIN / 2 : 0);
  const logoSvg =
    picture && logo
      ? el('rect', { x: W - MARGIN - logoW - 8, y: MARGIN - 8, width: logoW + 16, height: logoW + 16, rx: 8, fill: '#ffffff' }) +
        el('image', {
          x: W - MARGIN - logoW,
          y: MARGIN,
          width: logoW,
          height: logoW,
          href: `data:${picture.type === 'jpg' ? 'image/jpeg' : 'image/png'};base64,${logo.data}`,
          preserveAspectRatio: 'xMidYMid meet',
        })
      : '';
  return { svg: el('rect', { x: 0, y: 0, width: W, height, fill: `#${t.accent}` }) + svg + logoSvg, height };
}

function footer(c: ReportContext, s: number): { text: string; size: number } {
  const p = c.p.programme;
  return { text: [p.organiser.trim(), p.city.trim(), p.year ? String(p.year) : ''].filter(Boolean).join(' · ') || c.programme, size: 15 * typeScale(s) };
}

/** Rows: a full block alone, half blocks in pairs (a lone half takes the row). */
function rows(blocks: Block[]): Block[][] {
  const out: Block[][] = [];
  for (const b of blocks) {
    const last = out.at(-1);
    if (b.half && last && last.length === 1 && last[0]!.half) last.push(b);
    else out.push([b]);
  }
  return out;
}

export function buildPoster(p: Project, options: PosterOptions): Poster {
  const size = options.size ?? 'A3';
  const c = reportContext(p, options.kind, DEFAULT_EXPORT_OPTIONS);
  const t = themeFor(options.theme ?? 'biru', options.logoColour ?? null);
  const mm = POSTER_MM[size];
  const H = Math.round((W * mm.h) / mm.w);
  const layout = rows([problemBlock(c), ideaBlock(c), milestoneBlock(c), movementBlock(c), resultBlock(c), evidenceBlock(c)]);
  const inner = W - 2 * MARGIN;
  const halfW = (inner - GAP) / 2;
  const widthOf = (row: Block[]) => (row.length === 2 ? halfW : inner);
  const measure = (s: number) => {
    const head = header(c, s, t).height;
    const foot = footer(c, s).size * 1.3;
    const body = layout.reduce((sum, row) => sum + Math.max(...row.map((b) => b.height(widthOf(row), s))), 0);
    return { head, foot, body, total: head + GAP + body + GAP * (layout.length - 1) + GAP + foot + MARGIN };
  };
  let s = 1;
  while (s > MIN_SCALE && measure(s).total > H) s = Math.round((s - 0.02) * 100) / 100;
  const m = measure(s);
  // A tall page (banner) spreads the rows; a full one keeps the plain gap.
  const gap = GAP + Math.max(0, H - m.total) / (layout.length + 1);
  const head = header(c, s, t);
  let y = head.height + gap;
  let body = '';
  for (const row of layout) {
    const w = widthOf(row);
    const h = Math.max(...row.map((b) => b.height(w, s)));
    row.forEach((b, i) => {
      body += b.draw(MARGIN + i * (w + GAP), y, w, s, t);
    });
    y += h + gap;
  }
  const f = footer(c, s);
  const foot = wrapped(f.text, W / 2, H - MARGIN - f.size * 1.3, inner, { size: f.size }, 1, '#52606d', 'middle');
  const svg = el(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: W,
      height: H,
      viewBox: `0 0 ${W} ${H}`,
      role: 'img',
      'aria-label': `Poster ${p.title.trim()}`,
      'font-family': CHART_FONT_STACK,
      'data-poster': size,
      'data-scale': s,
    },
    el('rect', { x: 0, y: 0, width: W, height: H, fill: '#ffffff' }),
    head.svg,
    body,
    foot.svg,
  );
  return { svg, width: W, height: H, size, scale: s };
}
