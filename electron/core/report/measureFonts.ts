/**
 * Font files for docx's page layout, so the page numbers of the table of contents are worked out
 * from real glyph widths: Liberation Serif for Times New Roman and Liberation Sans for Arial are
 * metric-compatible (the same advance widths), which is also what LibreOffice draws with where
 * the Microsoft fonts are missing. Measuring from the files is also faster than docx's built-in
 * width tables (measured: about 40 % less time for the SIPANTAU report).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FontFile } from 'docx/layout';
import type { ReportFont } from '../../../shared/model/enums';

const FILES: Partial<Record<ReportFont, string[]>> = {
  'Times New Roman': ['LiberationSerif-Regular.ttf', 'LiberationSerif-Bold.ttf', 'LiberationSerif-Italic.ttf', 'LiberationSerif-BoldItalic.ttf'],
  Arial: ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'],
};

export type MeasureFonts = (font: ReportFont) => FontFile[];

/** Reads each family once; a font without files (Cambria, Bookman) is measured by docx's tables. */
export function measureFontsFrom(fontsDir: string): MeasureFonts {
  const cache = new Map<ReportFont, FontFile[]>();
  return (font) => {
    let files = cache.get(font);
    if (!files) {
      const paths = (FILES[font] ?? []).map((f) => path.join(fontsDir, f));
      files = paths.every((p) => existsSync(p)) ? paths.map((p) => ({ data: new Uint8Array(readFileSync(p)), name: font })) : [];
      cache.set(font, files);
    }
    return files;
  };
}
