/**
 * The slide canvas: 16:9 at PowerPoint's "Widescreen" size (13.333 × 7.5 in), in inches like
 * pptxgenjs. Every box of the deck is placed here, once, so the model and the renderer agree and
 * the overflow check can compare each box with what was measured into it.
 */
export const SLIDE_W = 13.333;
export const PT_PER_IN = 72;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const MARGIN = 0.5;

export const TITLE_BOX: Box = { x: MARGIN, y: 0.3, w: SLIDE_W - 2 * MARGIN, h: 0.85 };
export const BODY_BOX: Box = { x: MARGIN, y: 1.3, w: SLIDE_W - 2 * MARGIN, h: 5.55 };
export const FOOTER_BOX: Box = { x: MARGIN, y: 7.0, w: SLIDE_W - 2 * MARGIN, h: 0.35 };

/** Inner padding of every text box (points, all four sides), set explicitly so no renderer guesses. */
export const TEXT_INSET_PT = 5;
/** Cell padding of tables (inches, all four sides). */
export const CELL_INSET_IN = 0.05;

/** A box split into columns with a gap between them. */
export function columns(box: Box, shares: number[], gap = 0.3): Box[] {
  const total = shares.reduce((a, b) => a + b, 0);
  const free = box.w - gap * (shares.length - 1);
  let x = box.x;
  return shares.map((s) => {
    const w = (free * s) / total;
    const out = { x, y: box.y, w, h: box.h };
    x += w + gap;
    return out;
  });
}

/** The top part of a box (h inches) and what is left under it after a gap. */
export function splitTop(box: Box, h: number, gap = 0.2): [Box, Box] {
  return [
    { ...box, h },
    { ...box, y: box.y + h + gap, h: Math.max(0, box.h - h - gap) },
  ];
}

/** The largest box with the picture's proportions inside `box`, centred. */
export function containBox(box: Box, width: number, height: number): Box {
  const scale = Math.min(box.w / width, box.h / height);
  const w = width * scale;
  const h = height * scale;
  return { x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h };
}
