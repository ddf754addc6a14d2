/** Page size and margins from the document settings, in twips (1/1440 inch), and the text area they leave. */
import type { DocumentSettings } from '../../model/types';

/** cm → twips, rounded (docx's own helper floors: 4 cm would be 2267 instead of 2268). */
export const twips = (cm: number) => Math.round((cm * 1440) / 2.54);

/** A4 21 × 29.7 cm; F4/Folio as used in Indonesian offices, 21.5 × 33 cm. */
const PAPER = { A4: { width: 11906, height: 16838 }, F4: { width: twips(21.5), height: twips(33) } } as const;

export interface PageGeometry {
  width: number;
  height: number;
  margins: { top: number; left: number; bottom: number; right: number };
  textWidth: number;
  textHeight: number;
  /**
   * The same paper turned for a wide table: the binding margin (left in portrait) becomes the top,
   * so a bound report opens with the table's top at the spine, as printers expect.
   */
  landscape: { width: number; height: number; margins: { top: number; left: number; bottom: number; right: number }; textWidth: number; textHeight: number };
}

export function pageGeometry(s: DocumentSettings): PageGeometry {
  const size = PAPER[s.paper];
  const margins = { top: twips(s.marginsCm.top), left: twips(s.marginsCm.left), bottom: twips(s.marginsCm.bottom), right: twips(s.marginsCm.right) };
  const turned = { top: margins.left, left: margins.top, bottom: margins.right, right: margins.bottom };
  return {
    ...size,
    margins,
    textWidth: size.width - margins.left - margins.right,
    textHeight: size.height - margins.top - margins.bottom,
    landscape: {
      width: size.height,
      height: size.width,
      margins: turned,
      textWidth: size.height - turned.left - turned.right,
      textHeight: size.width - turned.top - turned.bottom,
    },
  };
}

/** Twips → the pixels (96 per inch) docx sizes pictures in. */
export const twipsToPx = (t: number) => t / 15;
