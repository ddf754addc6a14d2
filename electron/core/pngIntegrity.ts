/**
 * Whether a PNG decodes, proven without turning it into pixels: every chunk's CRC, a header the
 * format allows, the image data inflated by Node's zlib (which checks the stream and its Adler-32)
 * to no more bytes than the header promises, and a known filter on every row. That is everything a
 * full decoder can fail on; what it does after (undo the row filters, expand to RGBA, in
 * JavaScript) cannot fail and was the whole cost: opening SIPANTAU decoded its three small photos
 * with pngjs for 50–80 ms of a 2-second export, every time a file was opened.
 */
import { crc32, inflateSync } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Bit depths each colour type allows (PNG specification, table 11.1), and its channels. */
const COLOUR_TYPES: Record<number, { depths: number[]; channels: number }> = {
  0: { depths: [1, 2, 4, 8, 16], channels: 1 }, // greyscale
  2: { depths: [8, 16], channels: 3 }, // RGB
  3: { depths: [1, 2, 4, 8], channels: 1 }, // palette
  4: { depths: [8, 16], channels: 2 }, // greyscale and alpha
  6: { depths: [8, 16], channels: 4 }, // RGBA
};

/** The seven passes of Adam7 interlacing: first column and row, then the step between them. */
const ADAM7 = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** Largest filter type (4, Paeth). */
const LAST_FILTER = 4;

/** Rows of `width` × `height` pixels as the image data holds them: bytes per row (filter byte excluded). */
function rowsOf(width: number, height: number, interlaced: boolean, bitsPerPixel: number): { rows: number; bytes: number }[] {
  const rowBytes = (w: number) => Math.ceil((w * bitsPerPixel) / 8);
  if (!interlaced) return [{ rows: height, bytes: rowBytes(width) }];
  return ADAM7.map(([x0, y0, dx, dy]) => ({
    rows: height > y0 ? Math.ceil((height - y0) / dy) : 0,
    bytes: width > x0 ? rowBytes(Math.ceil((width - x0) / dx)) : 0,
  })).filter((pass) => pass.rows > 0 && pass.bytes > 0);
}

/**
 * `maxPixels`: a header may claim far more than any report needs; past it the picture is refused
 * before anything is inflated (pngjs, which this replaced, failed there allocating the pixels).
 */
export function pngDecodes(bytes: Uint8Array, maxPixels = Number.POSITIVE_INFINITY): boolean {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length < 8 || SIGNATURE.some((v, i) => b[i] !== v)) return false;
  let header: { width: number; height: number; colourType: number; bitsPerPixel: number; interlaced: boolean } | null = null;
  let paletteEntries = 0;
  const data: Buffer[] = [];
  let at = 8;
  for (;;) {
    if (at + 12 > b.length) return false;
    const length = b.readUInt32BE(at);
    const end = at + 8 + length;
    if (end + 4 > b.length) return false;
    if (crc32(b.subarray(at + 4, end)) !== b.readUInt32BE(end)) return false;
    const type = b.toString('latin1', at + 4, at + 8);
    const body = b.subarray(at + 8, end);
    at = end + 4;
    if (!header) {
      if (type !== 'IHDR' || length !== 13) return false;
      const [depth, colourType, compression, filter, interlace] = body.subarray(8, 13);
      const colour = COLOUR_TYPES[colourType!];
      if (!colour || !colour.depths.includes(depth!) || compression !== 0 || filter !== 0 || interlace! > 1) return false;
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        colourType: colourType!,
        bitsPerPixel: colour.channels * depth!,
        interlaced: interlace === 1,
      };
      if (header.width === 0 || header.height === 0 || header.width * header.height > maxPixels) return false;
    } else if (type === 'PLTE') {
      if (length % 3 !== 0 || length === 0) return false;
      paletteEntries = length / 3;
    } else if (type === 'tRNS') {
      // A palette's transparency comes after the palette and has no more entries than it.
      if (header.colourType === 3 && (paletteEntries === 0 || length > paletteEntries)) return false;
    } else if (type === 'IDAT') {
      if (header.colourType === 3 && paletteEntries === 0) return false;
      data.push(body);
    } else if (type === 'IEND') {
      break;
    } else if (type === 'IHDR' || (type.charCodeAt(0) & 0x20) === 0) {
      // A second header, or a critical chunk no decoder knows: not a picture anyone can show.
      return false;
    }
  }
  if (!header || data.length === 0) return false;
  const passes = rowsOf(header.width, header.height, header.interlaced, header.bitsPerPixel);
  const expected = passes.reduce((n, p) => n + p.rows * (p.bytes + 1), 0);
  let image: Buffer;
  try {
    // Never more than the header promises: a small file cannot inflate into gigabytes here.
    image = inflateSync(data.length === 1 ? data[0]! : Buffer.concat(data), { maxOutputLength: Math.max(1, expected) });
  } catch {
    return false;
  }
  // Too little image data is drawn with the rest blank, by pngjs (which this check replaced: files
  // it opened must keep opening) as by browsers; only an interlaced image must be complete.
  if (header.interlaced && image.length !== expected) return false;
  let row = 0;
  for (const pass of passes) {
    for (let r = 0; r < pass.rows && row < image.length; r++, row += pass.bytes + 1) if (image[row]! > LAST_FILTER) return false;
  }
  return true;
}
