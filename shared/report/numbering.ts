/**
 * Numbers tables and figures per chapter, as Indonesian reports do: "Tabel 2.3" is the third table
 * of BAB II; tables in the appendix are "Tabel L.1". Captions get a bookmark so the lists of tables
 * and figures can show real page numbers.
 */
import { toRoman } from '../format/roman';
import type { Caption, FigureBlock } from './outline';

export class CaptionNumbers {
  readonly tables: Caption[] = [];
  /** The charts the exporter rasterises. */
  readonly figures: FigureBlock[] = [];
  /** Every figure's caption in order, charts and pictures placed in long texts alike: the list of figures. */
  readonly figureCaptions: Caption[] = [];
  private chapter = '0';
  private table = 0;
  private figure = 0;

  /** Starts a chapter: `n` for BAB n, or "L" for the appendix. */
  startChapter(n: number | 'L'): void {
    this.chapter = String(n);
    this.table = 0;
    this.figure = 0;
  }

  /** "BAB III" for chapter 3 (the body builders title their sub-sections with it). */
  chapterRoman(): string {
    return this.chapter === 'L' ? 'LAMPIRAN' : `BAB ${toRoman(Number(this.chapter))}`;
  }

  nextTable(title: string): Caption {
    this.table++;
    const caption = { label: `Tabel ${this.chapter}.${this.table}`, title, bookmark: `tabel_${this.chapter}_${this.table}` };
    this.tables.push(caption);
    return caption;
  }

  nextFigure(title: string): Caption {
    this.figure++;
    const caption = { label: `Gambar ${this.chapter}.${this.figure}`, title, bookmark: `gambar_${this.chapter}_${this.figure}` };
    this.figureCaptions.push(caption);
    return caption;
  }

  addFigure(block: FigureBlock): FigureBlock {
    this.figures.push(block);
    return block;
  }
}
