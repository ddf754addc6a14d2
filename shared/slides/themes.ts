/**
 * A few sober themes for the deck and the poster: colours and one of the fonts shipped with the
 * app (Liberation Sans / Serif, metric-compatible with Arial / Times New Roman, so a projector PC
 * without them substitutes the same widths). "Logo" takes its accent from the organiser's logo,
 * darkened until white text on it stays readable (WCAG contrast ≥ 4.5).
 */
export const THEME_IDS = ['biru', 'hijau', 'klasik', 'logo'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

type SlideFont = 'Liberation Sans' | 'Liberation Serif';

export interface Theme {
  id: ThemeId;
  /** Title bars, table headers, callouts; white text sits on it. */
  accent: string;
  /** Light tint of the accent: zebra rows, panels. */
  tint: string;
  ink: string;
  muted: string;
  font: SlideFont;
}

const BASE: Record<Exclude<ThemeId, 'logo'>, Theme> = {
  biru: { id: 'biru', accent: '1D4E89', tint: 'E8EFF8', ink: '1F2933', muted: '52606D', font: 'Liberation Sans' },
  hijau: { id: 'hijau', accent: '2F6B5E', tint: 'E7F2EF', ink: '1F2933', muted: '52606D', font: 'Liberation Sans' },
  klasik: { id: 'klasik', accent: '6E2C2C', tint: 'F5ECEA', ink: '222222', muted: '5A5A5A', font: 'Liberation Serif' },
};

const channel = (hex: string, i: number) => parseInt(hex.slice(i * 2, i * 2 + 2), 16) / 255;

function luminance(hex: string): number {
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(channel(hex, 0)) + 0.7152 * lin(channel(hex, 1)) + 0.0722 * lin(channel(hex, 2));
}

/** Contrast ratio of white text on this colour. */
export function contrastWithWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

const toHex = (n: number) =>
  Math.round(Math.max(0, Math.min(255, n)))
    .toString(16)
    .padStart(2, '0')
    .toUpperCase();

function mix(hex: string, other: string, t: number): string {
  return [0, 1, 2].map((i) => toHex((channel(hex, i) * (1 - t) + channel(other, i) * t) * 255)).join('');
}

/** The colour darkened in small steps until white text on it reaches 4.5:1. */
function readableAccent(hex: string): string {
  let c = hex.replace(/^#/, '').toUpperCase();
  if (!/^[0-9A-F]{6}$/.test(c)) return BASE.biru.accent;
  for (let i = 0; i < 20 && contrastWithWhite(c) < 4.5; i++) c = mix(c, '000000', 0.1);
  return c;
}

/** The theme to draw with; "logo" without a usable logo colour falls back to the blue theme. */
export function themeFor(id: ThemeId, logoColour: string | null = null): Theme {
  if (id !== 'logo') return BASE[id];
  if (!logoColour) return { ...BASE.biru, id: 'logo' };
  const accent = readableAccent(logoColour);
  return { ...BASE.biru, id: 'logo', accent, tint: mix(accent, 'FFFFFF', 0.88) };
}
