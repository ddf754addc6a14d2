/**
 * Poster sizes for the exhibition of change projects: A3 portrait by default (printable at any
 * copy shop), A2 and A1, and a roll-up banner (85 × 200 cm). The print resolution falls with the
 * size so a banner stays a reasonable file: 300 dpi for A3, about 250 for A2, 180 for A1, 100 for
 * the banner, all sharp at the distance each is read from.
 */
export const POSTER_SIZES = ['A3', 'A2', 'A1', 'BANNER'] as const;
export type PosterSize = (typeof POSTER_SIZES)[number];

export const POSTER_MM: Record<PosterSize, { w: number; h: number }> = {
  A3: { w: 297, h: 420 },
  A2: { w: 420, h: 594 },
  A1: { w: 594, h: 841 },
  BANNER: { w: 850, h: 2000 },
};

/** Most pixels a poster picture gets (about 100 MB of RGBA while rendering). */
const MAX_PIXELS = 25_000_000;
const MAX_DPI = 300;

/** Dots per inch for printing this size. */
function posterDpi(size: PosterSize): number {
  const { w, h } = POSTER_MM[size];
  const sqIn = (w / 25.4) * (h / 25.4);
  return Math.min(MAX_DPI, Math.floor(Math.sqrt(MAX_PIXELS / sqIn)));
}

/** Pixel width of the printed picture. */
export function posterPixelWidth(size: PosterSize): number {
  return Math.round((POSTER_MM[size].w / 25.4) * posterDpi(size));
}
