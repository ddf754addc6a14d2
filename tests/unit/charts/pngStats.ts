/** Reads PNG pixels back for the rasteriser tests. */
import { PNG } from 'pngjs';

export function readPng(bytes: Uint8Array): PNG {
  return PNG.sync.read(Buffer.from(bytes));
}

/** Pixels darker than mid-grey on every channel: text, lines, marker outlines. */
export function darkPixels(png: PNG): number {
  let n = 0;
  for (let i = 0; i < png.data.length; i += 4) if (png.data[i]! < 110 && png.data[i + 1]! < 110 && png.data[i + 2]! < 110) n++;
  return n;
}

/** Per-pixel largest channel difference: the mean, and the share of pixels differing by more than `big`. */
export function pixelDiff(a: PNG, b: PNG, big = 64): { mean: number; bigShare: number } {
  if (a.width !== b.width || a.height !== b.height) throw new Error(`size differs: ${a.width}×${a.height} vs ${b.width}×${b.height}`);
  let sum = 0;
  let bigCount = 0;
  const n = a.width * a.height;
  for (let i = 0; i < n; i++) {
    let d = 0;
    for (let c = 0; c < 3; c++) d = Math.max(d, Math.abs(a.data[i * 4 + c]! - b.data[i * 4 + c]!));
    sum += d;
    if (d > big) bigCount++;
  }
  return { mean: sum / n, bigShare: bigCount / n };
}
