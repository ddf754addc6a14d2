/**
 * A rendered chart's pixels → PNG, with Node's zlib on its thread pool. resvg's own `asPng()`
 * encodes on the calling (main) thread with a Rust DEFLATE and a per-row filter pass, and was a
 * tenth of the CPU of exporting the worked example. Charts are mostly flat colour: rows stored
 * unfiltered (filter byte 0, so each row is one copy, no per-pixel JavaScript) and DEFLATE level 3
 * came out smaller than resvg's PNGs (SIPANTAU's six charts 1.05 MB against 1.18 MB) for about a
 * third of its CPU. The pixels are the same; only how they are compressed changes.
 */
import { promisify } from 'node:util';
import { crc32, deflate } from 'node:zlib';

const deflateAsync = promisify(deflate);

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
/** Colour type 6: red, green, blue, alpha, 8 bits each. */
const RGBA = 6;
/** Measured on the charts (see above): level 1 is larger for no saving, level 4 and up cost twice as much. */
const LEVEL = 3;

/**
 * Row buffers given back after encoding, for the next picture. A chart's rows are ~9 MB (1378 × 1600 RGBA at print
 * size), and a fresh buffer that size is memory the kernel hands over a page at a time, a fault per 4 KiB: about as
 * much time as copying the rows into it. The charts of one export are encoded one after another (at most as many at
 * once as the rasteriser draws), so a few kept buffers serve them all. They are let go shortly after the last picture,
 * so the app does not keep them between exports.
 */
const spareRows: Buffer[] = [];
const SPARES = 2;
const KEEP_SPARES_MS = 2000;
let dropSpares: ReturnType<typeof setTimeout> | undefined;

function takeRows(size: number): Buffer {
  const at = spareRows.findIndex((b) => b.length >= size);
  return at === -1 ? Buffer.allocUnsafe(size) : spareRows.splice(at, 1)[0]!;
}

function giveBackRows(rows: Buffer): void {
  if (spareRows.length < SPARES) spareRows.push(rows);
  clearTimeout(dropSpares);
  dropSpares = setTimeout(() => (spareRows.length = 0), KEEP_SPARES_MS);
  // Never what keeps a process (the command-line export) running.
  dropSpares.unref?.();
}

/** A chunk as its parts (length and type, data, CRC), so the data is copied once, into the file. */
function chunk(type: string, data: Uint8Array): Uint8Array[] {
  const head = Buffer.allocUnsafe(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.allocUnsafe(4);
  // The CRC covers the type and the data, not the length.
  crc.writeUInt32BE(crc32(data, crc32(head.subarray(4))), 0);
  return [head, data, crc];
}

/**
 * PNG of `width` × `height` pixels given as straight (not premultiplied) RGBA, row after row. The
 * rasteriser's pixels qualify because it paints a white background first: every pixel is opaque,
 * where premultiplied and straight colour are the same.
 */
export async function encodePng(rgba: Uint8Array, width: number, height: number): Promise<Uint8Array> {
  const stride = width * 4;
  if (rgba.length !== stride * height) throw new Error(`encodePng: ${rgba.length} bytes for ${width}×${height} RGBA`);
  // Each row prefixed by its filter type, 0 (none): whole-row copies instead of a pass per byte. Every byte of the part
  // used is written here, so a kept buffer's old bytes never reach the picture.
  const size = height * (stride + 1);
  const whole = takeRows(size);
  const rows = whole.subarray(0, size);
  for (let y = 0, at = 0; y < height; y++, at += stride + 1) {
    rows[at] = 0;
    rows.set(rgba.subarray(y * stride, (y + 1) * stride), at + 1);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = RGBA;
  // Compression 0 (DEFLATE), filter method 0, no interlace: zeros already.
  let data: Buffer;
  try {
    data = await deflateAsync(rows, { level: LEVEL });
  } finally {
    // Only once zlib has read them (it reads on its thread pool until the promise settles).
    giveBackRows(whole);
  }
  return Buffer.concat([SIGNATURE, ...chunk('IHDR', header), ...chunk('IDAT', data), ...chunk('IEND', new Uint8Array(0))]);
}
