/**
 * The organiser's colour, read from the cover logo for the "logo" theme: the most common clearly
 * coloured pixel group (greys, white and black are skipped, so a logo on white gives its ink).
 * Decoding needs Node packages (pngjs, jpeg-js), so it lives here and the pure deck gets a hex.
 */
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { attachmentPicture } from '../../../shared/report/images';
import type { Project } from '../../../shared/model/types';

/** Pixels looked at: enough for a colour, cheap for a 4 MB photo used as a logo. */
const SAMPLES = 40_000;

function rgba(data: Uint8Array, type: 'png' | 'jpg'): { width: number; height: number; data: Uint8Array } | null {
  try {
    if (type === 'png') {
      const png = PNG.sync.read(Buffer.from(data));
      return { width: png.width, height: png.height, data: png.data };
    }
    const img = jpeg.decode(data, { useTArray: true, maxMemoryUsageInMB: 256 });
    return { width: img.width, height: img.height, data: img.data };
  } catch {
    return null;
  }
}

export function dominantColour(data: Uint8Array, type: 'png' | 'jpg'): string | null {
  const img = rgba(data, type);
  if (!img) return null;
  const pixels = img.width * img.height;
  const step = Math.max(1, Math.floor(pixels / SAMPLES));
  const buckets = new Map<number, { n: number; r: number; g: number; b: number }>();
  for (let i = 0; i < pixels; i += step) {
    const o = i * 4;
    const [r, g, b, a] = [img.data[o]!, img.data[o + 1]!, img.data[o + 2]!, img.data[o + 3]!];
    if (a < 128 || Math.max(r, g, b) - Math.min(r, g, b) < 40) continue;
    const key = ((r >> 5) << 6) | ((g >> 5) << 3) | (b >> 5);
    const bucket = buckets.get(key) ?? { n: 0, r: 0, g: 0, b: 0 };
    bucket.n++;
    bucket.r += r;
    bucket.g += g;
    bucket.b += b;
    buckets.set(key, bucket);
  }
  let best: { n: number; r: number; g: number; b: number } | null = null;
  for (const b of buckets.values()) if (!best || b.n > best.n) best = b;
  if (!best) return null;
  const hex = (v: number) =>
    Math.round(v / best.n)
      .toString(16)
      .padStart(2, '0')
      .toUpperCase();
  return `${hex(best.r)}${hex(best.g)}${hex(best.b)}`;
}

/** The colour of the project's cover logo, or null without a readable, coloured logo. */
export function logoColour(p: Project): string | null {
  const logo = p.documentSettings.logoAttachmentId ? p.attachments.find((a) => a.id === p.documentSettings.logoAttachmentId) : undefined;
  const picture = logo ? attachmentPicture(logo) : null;
  return picture ? dominantColour(picture.data, picture.type) : null;
}
