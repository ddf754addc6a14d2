/**
 * Colours, sizes and the font of every chart. The charts are drawn 640 units wide: in the report
 * the picture takes the text width (14 cm with the usual 4/3 cm margins), so one unit is about
 * 0.62 pt. No text is smaller than MIN_TEXT units, which print at 8 pt, the smallest size the
 * report's figure rule allows (tests/unit/report/figureRule.test.ts); the screen scales the same SVG.
 */
import type { Attitude, Horizon, Quadrant } from '../model/enums';

/** The family the shipped TTF files declare; renderer @font-face and resvg both use this name. */
export const CHART_FONT = 'Liberation Sans';
export const CHART_FONT_STACK = `${CHART_FONT}, Arial, Helvetica, sans-serif`;

export const CHART_WIDTH = 640;

export const INK = '#1f2933';
export const MUTED = '#52606d';
export const RULE = '#9aa5b1';
export const FAINT = '#e4e7eb';
export const ACCENT = '#1d4e89';
export const WARN = '#b42318';

/** The smallest text a chart draws: 13 units are 8.06 pt on a 14 cm figure. */
export const MIN_TEXT = 13;

export const FONT = {
  title: { size: 16, bold: true },
  label: { size: 14 },
  labelBold: { size: 14, bold: true },
  small: { size: MIN_TEXT },
  smallBold: { size: MIN_TEXT, bold: true },
  tiny: { size: MIN_TEXT },
} as const;

export const QUADRANT_FILL: Record<Quadrant, string> = {
  KEY_PLAYER: '#e3eefb',
  CONTEXT_SETTER: '#fdf3e1',
  SUBJECT: '#e8f5ea',
  CROWD: '#f2f3f5',
};

/**
 * Attitude is shown by colour AND by shape, never by colour alone (a photocopied report is grey):
 * supportive = circle, neutral = square, resisting = diamond, not yet assessed = open circle.
 */
export type AttitudeKey = Attitude | 'UNKNOWN';
export const ATTITUDE_STYLE: Record<AttitudeKey, { fill: string; stroke: string; ink: string; shape: 'circle' | 'square' | 'diamond' | 'open' }> = {
  MENDUKUNG: { fill: '#2e7d32', stroke: '#1b5e20', ink: '#ffffff', shape: 'circle' },
  NETRAL: { fill: '#8a6d00', stroke: '#5c4800', ink: '#ffffff', shape: 'square' },
  MENOLAK: { fill: '#c62828', stroke: '#8e1c1c', ink: '#ffffff', shape: 'diamond' },
  UNKNOWN: { fill: '#ffffff', stroke: '#52606d', ink: '#1f2933', shape: 'open' },
};

export const HORIZON_FILL: Record<Horizon, string> = {
  PENDEK: '#1d4e89',
  MENENGAH: '#2f7d6d',
  PANJANG: '#7a4e9c',
};
