/**
 * The report as an outline, before it becomes Word markup: chapters of blocks, with every table
 * and figure already numbered per chapter ("Tabel 1.1", "Gambar 2.1"). The front matter's lists
 * of tables and figures, the exporter's pictures and the tests all read this one structure.
 */
import type { Chart } from '../charts/chart';
import type { ReportKind } from '../domain/readiness';
import type { Block as TextBlock, Run } from '../text/richText';
import type { SectionId } from '../domain/sections';
import type { ChapterCode, ItemRef } from './anchors';

export type { ReportKind };

export interface Caption {
  /** "Tabel 1.1", "Gambar 2.1". */
  label: string;
  title: string;
  /** Bookmark the lists of tables and figures point their page numbers at. */
  bookmark: string;
}

export type Align = 'left' | 'center' | 'right' | 'justify';

/** A table cell: plain text, or runs; `missing` prints the "[belum diisi]" placeholder. */
export type Cell = string | { runs?: Run[]; text?: string; align?: Align; span?: number; missing?: boolean; shade?: string; bold?: boolean };

export interface Column {
  header: string;
  /** Share of the text width; the table helper turns shares into exact twips. */
  weight: number;
  align?: Align;
}

export interface TableBlock {
  kind: 'table';
  caption: Caption | null;
  columns: Column[];
  /** A header row above the column headers, for grouped columns ("Rencana" / "Realisasi"). */
  groupHeader?: { text: string; span: number }[];
  rows: Cell[][];
  /** Smaller type for wide tables. */
  compact?: boolean;
  /** "Sumber: …" line under the table. */
  source?: string;
  /** The project item each row stands for (null: a total or a blank row), for the DOCX bookmarks a returned comment is placed by. */
  rowItems?: (ItemRef | null)[];
}

export interface FigureBlock {
  kind: 'figure';
  caption: Caption;
  /** Key of the picture the exporter rasterises from `chart`. */
  figureId: string;
  chart: Chart;
  altText: string;
}

/** An embedded picture (evidence photo), with its own caption line under it. */
export interface PictureBlock {
  kind: 'picture';
  picture: import('./images').PictureData;
  caption: string;
  /** A picture placed in a long text is a numbered figure of its chapter ("Gambar 1.2"), in the list of figures. */
  numbered?: Caption;
}

export type Block =
  /** `section`: the workspace section the heading opens (shared/report/anchors.ts), set by buildOutline. */
  | { kind: 'heading'; level: 2 | 3; text: string; section?: SectionId }
  /** A long text in the Markdown subset; empty prints the placeholder. `blocks`: already parsed (shared/report/longText.ts). */
  | { kind: 'rich'; source: string; required?: boolean; blocks?: TextBlock[] }
  | { kind: 'paragraph'; runs: Run[]; align?: Align; indent?: boolean; missing?: boolean }
  | { kind: 'list'; ordered: boolean; items: Run[][] }
  | TableBlock
  | FigureBlock
  | PictureBlock;

export interface Chapter {
  /** Chapter title without "BAB"; numbered chapters get "BAB I" … from the list numbering. */
  title: string;
  numbered: boolean;
  blocks: Block[];
  /** Stable code of the chapter for bookmarks (set by buildOutline). */
  code?: ChapterCode;
}

export interface ReportOutline {
  kind: ReportKind;
  /**
   * A document beside the rancangan and the laporan (issue 15), rendered in the same style:
   * 'implementasi' has the cover and lists but no seminar approval page; 'serah-terima' is one
   * page without cover or front matter. Missing = the rancangan or laporan itself.
   */
  variant?: 'implementasi' | 'serah-terima';
  /** "RANCANGAN AKSI PERUBAHAN KINERJA PELAYANAN". */
  documentType: string;
  chapters: Chapter[];
  tables: Caption[];
  /** The charts to rasterise. */
  figures: FigureBlock[];
  /** The list of figures: every numbered figure's caption, in order (charts and long-text pictures). */
  figureCaptions: Caption[];
}
