/**
 * The deck before it becomes PowerPoint markup: slides of placed, measured elements. Pure data,
 * built from the project by buildDeck.ts; electron/core/slides renders it with pptxgenjs, and the
 * tests read the same boxes back from the package to check nothing overflows.
 */
import type { Chart } from '../charts/chart';
import type { ReportKind } from '../domain/readiness';
import type { PictureData } from '../report/images';
import type { Box } from './geometry';
import type { SectionId } from './sections';
import type { TablePage } from './tableFit';
import type { Para } from './textFit';
import type { Theme } from './themes';

/** What a text box is: it decides colours in the renderer. */
export type TextRole = 'title' | 'body' | 'callout' | 'band' | 'footer' | 'caption' | 'big';

export interface TextElement {
  kind: 'text';
  role: TextRole;
  box: Box;
  paras: Para[];
  size: number;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
}

export interface TableElement {
  kind: 'table';
  box: Box;
  page: TablePage;
}

export interface PictureElement {
  kind: 'picture';
  box: Box;
  /** A chart rasterised by the renderer, or a photo embedded as it is. */
  source: { kind: 'chart'; chart: Chart } | { kind: 'photo'; picture: PictureData };
  alt: string;
}

/** A plain filled rectangle (title band, panel behind a callout). */
interface ShapeElement {
  kind: 'shape';
  box: Box;
  fill: 'accent' | 'tint';
}

export type SlideElement = TextElement | TableElement | PictureElement | ShapeElement;

export interface Slide {
  section: SectionId;
  title: string;
  elements: SlideElement[];
  /** Speaker notes: the long texts in full, or what to say about the slide. */
  notes: string;
}

export interface Deck {
  kind: ReportKind;
  theme: Theme;
  /** "RANCANGAN AKSI PERUBAHAN KINERJA PELAYANAN". */
  documentType: string;
  /** Title of the presentation (the project's title, or its product label when empty). */
  title: string;
  author: string;
  slides: Slide[];
  /** Presenting time in minutes, from the kind of each slide. */
  minutes: number;
}
