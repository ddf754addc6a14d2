/** Builds real PPTX decks for the slide tests and reads their parts back: package checks and measured text boxes. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { strFromU8, unzipSync } from 'fflate';
import { createRasterizer } from '../../../electron/core/report/rasterize';
import { pptxBytes } from '../../../electron/core/slides/exporter';
import { decodeProjectText } from '../../../shared/model/envelope';
import type { Project } from '../../../shared/model/types';
import type { DeckOptions } from '../../../shared/slides/buildDeck';
import { PT_PER_IN } from '../../../shared/slides/geometry';
import { cellHeightIn } from '../../../shared/slides/tableFit';
import { textHeightPt, type Para } from '../../../shared/slides/textFit';
import { ROOT, SAMPLE } from '../helpers';

const FONTS = path.join(ROOT, 'renderer/public/fonts');
export const raster = createRasterizer(FONTS);

export function sample(): Project {
  const r = decodeProjectText(readFileSync(SAMPLE, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.value.project;
}

export async function deck(p: Project, options: DeckOptions) {
  return pptxBytes(p, options, raster);
}

export type Files = Record<string, Uint8Array>;

export const unzip = (bytes: Uint8Array): Files => unzipSync(bytes);
export const xmlOf = (files: Files, name: string) => strFromU8(files[name]!);

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

/** Slide part names in presentation order. */
export function slideParts(files: Files): string[] {
  return Object.keys(files)
    .filter((f) => /^ppt\/slides\/slide\d+\.xml$/.test(f))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
}

/**
 * What a strict reader checks first: every XML part is well-formed, every part has a content
 * type, every override names a part that exists, every internal relationship points at a part
 * that exists, and shape ids are unique per slide.
 */
export function packageProblems(files: Files): string[] {
  const problems: string[] = [];
  for (const name of Object.keys(files).filter((f) => /\.(xml|rels)$/.test(f))) {
    const errors: string[] = [];
    new DOMParser({ errorHandler: { warning: () => undefined, error: (m) => errors.push(m), fatalError: (m) => errors.push(m) } }).parseFromString(
      strFromU8(files[name]!),
      'text/xml',
    );
    if (errors.length) problems.push(`${name}: ${errors[0]}`);
  }
  const types = xmlOf(files, '[Content_Types].xml');
  const defaults = new Set([...types.matchAll(/<Default [^>]*Extension="([^"]+)"/g)].map((m) => m[1]!.toLowerCase()));
  const overrides = new Set([...types.matchAll(/<Override [^>]*PartName="([^"]+)"/g)].map((m) => decodeURIComponent(m[1]!)));
  const parts = Object.keys(files).filter((f) => !f.endsWith('/'));
  for (const part of parts) {
    if (part === '[Content_Types].xml') continue;
    const ext = part.split('.').pop()!.toLowerCase();
    if (!overrides.has(`/${part}`) && !defaults.has(ext)) problems.push(`no content type: ${part}`);
  }
  for (const o of overrides) if (!files[o.slice(1)]) problems.push(`override for a missing part: ${o}`);
  for (const rels of parts.filter((f) => f.endsWith('.rels'))) {
    const base = rels === '_rels/.rels' ? '' : path.posix.dirname(path.posix.dirname(rels));
    for (const m of xmlOf(files, rels).matchAll(/<Relationship [^>]*>/g)) {
      if (attr(m[0], 'TargetMode') === 'External') continue;
      const target = decodeURIComponent(attr(m[0], 'Target') ?? '');
      const resolved = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(base, target));
      if (!files[resolved]) problems.push(`${rels}: ${attr(m[0], 'Id')} → missing ${resolved}`);
    }
  }
  for (const s of slideParts(files)) {
    const ids = [...xmlOf(files, s).matchAll(/<p:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    if (new Set(ids).size !== ids.length) problems.push(`${s}: duplicate shape ids`);
  }
  return problems;
}

export interface MeasuredBox {
  slide: string;
  text: string;
  /** Height the text needs and the height it has (points). */
  need: number;
  room: number;
}

function parasOf(body: string): { paras: Para[]; size: number } {
  let size = 18;
  const paras = [...body.matchAll(/<a:p>([\s\S]*?)<\/a:p>/g)].map((m) => {
    const p = m[1]!;
    const sz = /<a:rPr [^>]*sz="(\d+)"/.exec(p);
    if (sz) size = Number(sz[1]) / 100;
    const text = decode([...p.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((t) => t[1]).join(''));
    return { text, bold: /<a:rPr [^>]*\bb="1"/.test(p), bullet: /<a:buChar/.test(p) };
  });
  return { paras, size };
}

/** Every text box and every table cell of the deck, measured from the package's own XML with the shipped fonts' widths. */
function measuredBoxes(files: Files): MeasuredBox[] {
  const out: MeasuredBox[] = [];
  const emuToPt = (v: string | undefined) => (Number(v ?? 0) / 914400) * PT_PER_IN;
  for (const s of slideParts(files)) {
    const xml = xmlOf(files, s);
    for (const m of xml.matchAll(/<p:sp>([\s\S]*?)<\/p:sp>/g)) {
      const sp = m[1]!;
      if (!sp.includes('<a:t>')) continue;
      const ext = /<a:ext [^>]*>/.exec(sp)![0];
      const body = /<a:bodyPr [^>]*>/.exec(sp)![0];
      const { paras, size } = parasOf(sp);
      const width = emuToPt(attr(ext, 'cx')) - emuToPt(attr(body, 'lIns')) - emuToPt(attr(body, 'rIns'));
      const room = emuToPt(attr(ext, 'cy')) - emuToPt(attr(body, 'tIns')) - emuToPt(attr(body, 'bIns'));
      out.push({
        slide: s,
        text: paras
          .map((p) => p.text)
          .join(' / ')
          .slice(0, 80),
        need: textHeightPt(paras, width, size),
        room,
      });
    }
    for (const t of xml.matchAll(/<a:tbl>([\s\S]*?)<\/a:tbl>/g)) {
      const widths = [...t[1]!.matchAll(/<a:gridCol w="(\d+)"/g)].map((g) => Number(g[1]) / 914400);
      for (const tr of t[1]!.matchAll(/<a:tr h="(\d+)">([\s\S]*?)<\/a:tr>/g)) {
        const h = Number(tr[1]) / 914400;
        let col = 0;
        for (const tc of tr[2]!.matchAll(/<a:tc((?:\s[^>]*)?)>([\s\S]*?)<\/a:tc>/g)) {
          // Cells covered by a merged cell (hMerge) take no column of their own: the span counted them.
          if (/hMerge="1"/.test(tc[1]!)) continue;
          const span = Number(attr(tc[1]!, 'gridSpan') ?? 1);
          const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
          col += span;
          const { paras, size } = parasOf(tc[2]!);
          const text = paras.map((p) => p.text).join('\n');
          out.push({
            slide: s,
            text: text.slice(0, 80),
            need: cellHeightIn({ text, bold: paras.some((p) => p.bold) }, w, size) * PT_PER_IN,
            room: h * PT_PER_IN,
          });
        }
      }
    }
  }
  return out;
}

/** Boxes whose measured content is taller than the box (with a quarter point for rounding to EMU). */
export function overflowing(files: Files): MeasuredBox[] {
  return measuredBoxes(files).filter((b) => b.need > b.room + 0.25);
}

/** Visible text of one slide part. */
export function slideText(files: Files, name: string): string {
  return decode([...xmlOf(files, name).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join(' '));
}
