/**
 * Project → outline of the rancangan or the laporan (docs/domain.md §2.2, §2.3): the chapters in
 * order, each table and figure numbered per chapter. Pure: the same project gives the same outline.
 */
import type { ExportOptions } from '../ipc';
import type { Project } from '../model/types';
import { deskripsi } from './chapters/deskripsi';
import { lampiran } from './chapters/lampiran';
import { pelaksanaan } from './chapters/pelaksanaan';
import { pendahuluan } from './chapters/pendahuluan';
import { penutup } from './chapters/penutup';
import { headingSection, type ChapterCode } from './anchors';
import { documentType, reportContext, type ReportContext } from './context';
import type { Chapter, ReportKind, ReportOutline } from './outline';
import type { ChangesBaseline } from './tables/changes';

const CODES = new Map<(c: ReportContext) => Chapter | null, ChapterCode>([
  [pendahuluan, 'pend'],
  [deskripsi, 'desk'],
  [pelaksanaan, 'pel'],
  [penutup, 'tutup'],
  [lampiran, 'lamp'],
]);

/** The chapter's code and each sub-section's workspace section, which the DOCX carries as bookmarks (shared/report/anchors.ts). */
function withSectionKeys(ch: Chapter, code: ChapterCode): Chapter {
  return { ...ch, code, blocks: ch.blocks.map((b) => (b.kind === 'heading' && b.level === 2 ? { ...b, section: headingSection(code, b.text) } : b)) };
}

export function buildOutline(
  p: Project,
  kind: ReportKind,
  options: ExportOptions,
  baseline: ChangesBaseline | null = null,
): { outline: ReportOutline; context: ReportContext } {
  const c = reportContext(p, kind, options, baseline);
  const builders: ((c: ReportContext) => Chapter | null)[] =
    kind === 'rancangan' ? [pendahuluan, deskripsi, penutup, lampiran] : [pendahuluan, deskripsi, pelaksanaan, penutup, lampiran];
  const chapters: Chapter[] = [];
  let n = 0;
  for (const build of builders) {
    // Numbering restarts per chapter; the appendix counts as "L".
    c.numbers.startChapter(build === lampiran ? 'L' : ++n);
    const chapter = build(c);
    if (chapter) chapters.push(withSectionKeys(chapter, CODES.get(build)!));
  }
  return {
    outline: { kind, documentType: documentType(c), chapters, tables: c.numbers.tables, figures: c.numbers.figures, figureCaptions: c.numbers.figureCaptions },
    context: c,
  };
}
