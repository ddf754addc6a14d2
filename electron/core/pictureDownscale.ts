/**
 * Photos are made report-sized when they are added: a phone photo of 4,000 × 3,000 pixels and
 * 4 MB prints at most 16 cm wide, where 2,000 pixels are well over 300 dpi. Nine such photos made a
 * 48 MB file that could not be opened again (issue 11); downscaled, a normal project stays far
 * below the file cap. Runs in main (the renderer never decodes); the camera's orientation is
 * applied, since the re-encoded JPEG carries no EXIF. The original is kept only when it is
 * already small (both in pixels and in bytes), or when re-encoding would not make it smaller.
 */
import { imageSize } from 'image-size';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

export const DOWNSCALE = {
  /** Longest side after import, in pixels. */
  longestSide: 2_000,
  jpegQuality: 85,
  /** A picture within longestSide and under this many bytes is kept exactly as chosen. */
  keepBelowBytes: 1_000_000,
} as const;

export interface Downscaled {
  bytes: Buffer;
  mime: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

interface Raster {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel. */
  data: Uint8Array;
}

/** True when a picture is kept exactly as chosen: small in pixels and bytes, and stored upright. Read from its header only. */
export function keptAsChosen(bytes: Buffer, size: { width: number; height: number }, type: 'png' | 'jpg'): boolean {
  return Math.max(size.width, size.height) <= DOWNSCALE.longestSide && bytes.length < DOWNSCALE.keepBelowBytes && orientationOf(bytes, type) === 1;
}

const orientationOf = (bytes: Buffer, type: 'png' | 'jpg') => (type === 'jpg' ? (imageSize(bytes).orientation ?? 1) : 1);

/**
 * The picture made report-sized, or null when re-encoding gains nothing. Decoding is the proof
 * that it is a picture (the caller skips its own check): it throws on bytes that do not decode.
 */
export function downscalePicture(bytes: Buffer, type: 'png' | 'jpg'): Downscaled | null {
  const orientation = orientationOf(bytes, type);
  const source = decode(bytes, type);
  const longest = Math.max(source.width, source.height);
  const scale = Math.min(1, DOWNSCALE.longestSide / longest);
  const small = orient(boxDownscale(source, Math.max(1, Math.round(source.width * scale)), Math.max(1, Math.round(source.height * scale))), orientation);
  // A logo with transparency stays PNG (JPEG would paint its background black); a photo becomes JPEG.
  const out: Downscaled =
    type === 'png' && hasTransparency(small)
      ? { bytes: encodePng(small), mime: 'image/png', width: small.width, height: small.height }
      : {
          bytes: Buffer.from(
            jpeg.encode(
              { width: small.width, height: small.height, data: Buffer.from(small.data.buffer, small.data.byteOffset, small.data.byteLength) },
              DOWNSCALE.jpegQuality,
            ).data,
          ),
          mime: 'image/jpeg',
          width: small.width,
          height: small.height,
        };
  return out.bytes.length < bytes.length || orientation !== 1 ? out : null;
}

function decode(bytes: Buffer, type: 'png' | 'jpg'): Raster {
  if (type === 'png') {
    const png = PNG.sync.read(bytes, { checkCRC: true });
    return { width: png.width, height: png.height, data: png.data };
  }
  const img = jpeg.decode(bytes, { useTArray: true, formatAsRGBA: true, tolerantDecoding: false, maxResolutionInMP: 50, maxMemoryUsageInMB: 512 });
  return { width: img.width, height: img.height, data: img.data };
}

/**
 * Each target pixel is the average of the source pixels it covers (area averaging): no aliasing
 * at large factors, one pass over the source. Edge pixels are weighted by the part they cover.
 */
function boxDownscale(src: Raster, w: number, h: number): Raster {
  if (w === src.width && h === src.height) return src;
  const out = new Uint8Array(w * h * 4);
  const sx = src.width / w;
  const sy = src.height / h;
  const acc = new Float64Array(w * 4);
  for (let y = 0; y < h; y++) {
    acc.fill(0);
    const y0 = y * sy;
    const y1 = y0 + sy;
    for (let yy = Math.floor(y0); yy < Math.min(src.height, Math.ceil(y1)); yy++) {
      const wy = Math.min(y1, yy + 1) - Math.max(y0, yy);
      const row = yy * src.width * 4;
      for (let x = 0; x < w; x++) {
        const x0 = x * sx;
        const x1 = x0 + sx;
        for (let xx = Math.floor(x0); xx < Math.min(src.width, Math.ceil(x1)); xx++) {
          const wgt = wy * (Math.min(x1, xx + 1) - Math.max(x0, xx));
          const s = row + xx * 4;
          for (let c = 0; c < 4; c++) acc[x * 4 + c] = acc[x * 4 + c]! + src.data[s + c]! * wgt;
        }
      }
    }
    const area = sx * sy;
    for (let i = 0; i < w * 4; i++) out[y * w * 4 + i] = Math.min(255, Math.round(acc[i]! / area));
  }
  return { width: w, height: h, data: out };
}

/** EXIF orientation 1–8 applied to the pixels: 2 mirror, 3 half turn, 4 flip, 5–8 the quarter turns. */
function orient(src: Raster, o: number): Raster {
  if (o < 2 || o > 8) return src;
  const swap = o >= 5;
  const w = swap ? src.height : src.width;
  const h = swap ? src.width : src.height;
  const out = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      // Where the displayed pixel (x, y) is stored in the source.
      let sx: number, sy: number;
      switch (o) {
        case 2:
          [sx, sy] = [src.width - 1 - x, y];
          break;
        case 3:
          [sx, sy] = [src.width - 1 - x, src.height - 1 - y];
          break;
        case 4:
          [sx, sy] = [x, src.height - 1 - y];
          break;
        case 5:
          [sx, sy] = [y, x];
          break;
        case 6:
          [sx, sy] = [y, src.height - 1 - x];
          break;
        case 7:
          [sx, sy] = [src.width - 1 - y, src.height - 1 - x];
          break;
        default:
          [sx, sy] = [src.width - 1 - y, x];
      }
      const s = (sy * src.width + sx) * 4;
      out.set(src.data.subarray(s, s + 4), (y * w + x) * 4);
    }
  return { width: w, height: h, data: out };
}

function hasTransparency(r: Raster): boolean {
  for (let i = 3; i < r.data.length; i += 4) if (r.data[i]! < 255) return true;
  return false;
}

function encodePng(r: Raster): Buffer {
  const png = new PNG({ width: r.width, height: r.height });
  png.data = Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength);
  return PNG.sync.write(png);
}
