/**
 * pngDecodes must say what a full decoder says, for less: checked here against pngjs (which the
 * check replaced on opening a file) on well-formed PNGs of every colour type, depth and interlacing,
 * and on damaged ones, hand-made and by the hundred from seeded byte changes.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { decodesAsPicture } from '../../../electron/core/pictureDecode';
import { pngDecodes } from '../../../electron/core/pngIntegrity';

const ROOT = path.resolve(import.meta.dirname, '../../..');

const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

function chunk(type: string, body: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body, crc32(head.subarray(4))), 0);
  return Buffer.concat([head, body, crc]);
}

interface Shape {
  width: number;
  height: number;
  colourType: number;
  depth: number;
  interlaced?: boolean;
  /** Filter byte of every row; a varied pattern by default. */
  filter?: (row: number) => number;
  /** Bytes added to (or, negative, taken from) the end of the image data before compressing. */
  slack?: number;
  palette?: boolean;
}

/** A PNG written from its parts, so each part can be made wrong on purpose. */
function png(s: Shape): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(s.width, 0);
  header.writeUInt32BE(s.height, 4);
  header[8] = s.depth;
  header[9] = s.colourType;
  header[12] = s.interlaced ? 1 : 0;
  const passes = s.interlaced
    ? [
        [0, 0, 8, 8],
        [4, 0, 8, 8],
        [0, 4, 4, 8],
        [2, 0, 4, 4],
        [0, 2, 2, 4],
        [1, 0, 2, 2],
        [0, 1, 1, 2],
      ].map(([x0, y0, dx, dy]) => [s.width > x0! ? Math.ceil((s.width - x0!) / dx!) : 0, s.height > y0! ? Math.ceil((s.height - y0!) / dy!) : 0])
    : [[s.width, s.height]];
  const rows: number[] = [];
  let row = 0;
  for (const [w, h] of passes) {
    if (!w || !h) continue;
    const bytes = Math.ceil((w * CHANNELS[s.colourType]! * s.depth) / 8);
    // A palette image unfiltered, so its indices stay inside the 2-entry palette; the others with every filter in turn.
    const filter = s.filter ?? ((r: number) => (s.colourType === 3 ? 0 : r % 5));
    for (let y = 0; y < h; y++, row++) rows.push(filter(row), ...new Array<number>(bytes).fill((row * 37) % 2));
  }
  let raw = Buffer.from(rows);
  if (s.slack && s.slack > 0) raw = Buffer.concat([raw, Buffer.alloc(s.slack)]);
  if (s.slack && s.slack < 0) raw = raw.subarray(0, raw.length + s.slack);
  const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header)];
  if (s.colourType === 3 && s.palette !== false) parts.push(chunk('PLTE', Buffer.from([0, 0, 0, 255, 255, 255])));
  const data = deflateSync(raw);
  // Two IDAT chunks, as encoders that stream write them.
  const half = data.length >> 1;
  parts.push(chunk('IDAT', data.subarray(0, half)), chunk('IDAT', data.subarray(half)), chunk('IEND', new Uint8Array(0)));
  return Buffer.concat(parts);
}

/** pngjs's verdicts in a fresh Node process, where nothing decoded before can change them. */
function pngjsAloneDecodes(files: Uint8Array[]): boolean[] {
  const script = `const { PNG } = require('pngjs');
const files = JSON.parse(require('fs').readFileSync(0, 'utf8'));
console.log(JSON.stringify(files.map((b) => { try { const p = PNG.sync.read(Buffer.from(b, 'base64'), { checkCRC: true }); return p.width > 0 && p.height > 0; } catch { return false; } })));`;
  const out = execFileSync(process.execPath, ['-e', script], { input: JSON.stringify(files.map((f) => Buffer.from(f).toString('base64'))), cwd: ROOT });
  return JSON.parse(String(out)) as boolean[];
}

const pngjsDecodes = (b: Uint8Array) => {
  try {
    const p = PNG.sync.read(Buffer.from(b), { checkCRC: true });
    return p.width > 0 && p.height > 0;
  } catch {
    return false;
  }
};

/** Every colour type at every depth it allows, plain and interlaced, in sizes that leave Adam7 passes empty. */
const WELL_FORMED: Shape[] = [
  ...[1, 2, 4, 8, 16].map((depth) => ({ colourType: 0, depth })),
  ...[8, 16].flatMap((depth) => [2, 4, 6].map((colourType) => ({ colourType, depth }))),
  ...[1, 2, 4, 8].map((depth) => ({ colourType: 3, depth })),
].flatMap((c) =>
  [
    [13, 7],
    [1, 1],
    [3, 2],
  ].flatMap(([width, height]) => [false, true].map((interlaced) => ({ ...c, width: width!, height: height!, interlaced }))),
);

describe('pngDecodes', () => {
  it('accepts every well-formed PNG pngjs decodes: each colour type and depth, plain and interlaced, in two IDAT chunks', () => {
    for (const shape of WELL_FORMED) {
      const bytes = png(shape);
      expect(pngjsDecodes(bytes), JSON.stringify(shape)).toBe(true);
      expect(pngDecodes(bytes), JSON.stringify(shape)).toBe(true);
    }
  });

  it('accepts what pngjs itself writes', () => {
    const p = new PNG({ width: 40, height: 30 });
    p.data.fill(90);
    expect(pngDecodes(PNG.sync.write(p))).toBe(true);
    expect(pngDecodes(PNG.sync.write(p, { colorType: 2 }))).toBe(true);
  });

  it('refuses what a decoder refuses: unknown filters, too much image data, a palette missing, damage after the signature', () => {
    const base: Shape = { width: 9, height: 6, colourType: 2, depth: 8 };
    const bad: Buffer[] = [
      png({ ...base, filter: (r) => (r === 5 ? 5 : 0) }),
      png({ ...base, interlaced: true, filter: (r) => (r === 3 ? 9 : 1) }),
      png({ ...base, slack: 4 }),
      png({ ...base, interlaced: true, slack: 1 }),
      png({ ...base, interlaced: true, slack: -1 }),
      png({ width: 4, height: 4, colourType: 3, depth: 8, palette: false }),
      png(base).subarray(0, 60),
      Buffer.concat([png(base).subarray(0, 8), Buffer.from('not a chunk at all')]),
    ];
    for (const [i, bytes] of bad.entries()) {
      expect(pngjsDecodes(bytes), `case ${i}`).toBe(false);
      expect(pngDecodes(bytes), `case ${i}`).toBe(false);
    }
    // Not allowed by the format, whatever a lenient decoder makes of it: RGB at 4 bits, no size at all.
    expect(pngDecodes(png({ ...base, depth: 4 }))).toBe(false);
    expect(pngDecodes(png({ ...base, width: 0 }))).toBe(false);
  });

  it('refuses, when opening a file, a header claiming more pixels than the cap, before inflating anything', () => {
    const header = Buffer.alloc(13);
    header.writeUInt32BE(10_000, 0);
    header.writeUInt32BE(10_000, 4);
    header[8] = 8; // greyscale, 8 bits: 100 megapixels for a few bytes of file
    const claim = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(Buffer.alloc(64))),
      chunk('IEND', new Uint8Array()),
    ]);
    expect(pngDecodes(claim)).toBe(true); // well formed: its data merely stops early
    expect(pngDecodes(claim, 50_000_000)).toBe(false);
    expect(decodesAsPicture(claim, 'png')).toBe(false);
  });

  it('keeps a plain image whose data stops early, as pngjs does (the rest is drawn blank), even with none at all', () => {
    const base: Shape = { width: 9, height: 6, colourType: 6, depth: 8 };
    const slacks = [-1, -40, -(6 * 37)];
    // pngjs is asked in a process of its own: its synchronous inflate answers a stream that stops
    // early according to what zlib decoded before in the same process (an empty stream failed after
    // this file's earlier tests; in the full unit run, where files share a worker, one 40 bytes short).
    const byPngjs = pngjsAloneDecodes(slacks.map((slack) => png({ ...base, slack })));
    slacks.forEach((slack, i) => {
      expect(byPngjs[i], `pngjs, slack ${slack}`).toBe(true);
      expect(pngDecodes(png({ ...base, slack })), `slack ${slack}`).toBe(true);
    });
    // Unless a row that is there names a filter that does not exist.
    const cut = png({ ...base, slack: -40, filter: (r) => (r === 4 ? 7 : 0) });
    expect(pngjsDecodes(cut)).toBe(false);
    expect(pngDecodes(cut)).toBe(false);
  });

  it('agrees with pngjs on 400 damaged copies: one byte changed anywhere, half of them with the chunk CRC made right again', () => {
    const good = png({ width: 21, height: 11, colourType: 6, depth: 8, interlaced: true });
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
    let refused = 0;
    for (let i = 0; i < 400; i++) {
      const bytes = Buffer.from(good);
      const at = 8 + (next() % (bytes.length - 8));
      bytes[at] = (bytes[at]! + 1 + (next() % 255)) & 0xff;
      if (i % 2 === 1) fixCrcAround(bytes, at);
      const expected = pngjsDecodes(bytes);
      if (!expected) refused++;
      expect(pngDecodes(bytes), `copy ${i}, byte ${at}`).toBe(expected);
    }
    // Both verdicts occur: the comparison says something.
    expect(refused).toBeGreaterThan(50);
    expect(refused).toBeLessThan(400);
  });
});

/** Recomputes the CRC of the chunk holding byte `at`, when the chunk layout is still readable. */
function fixCrcAround(b: Buffer, at: number): void {
  let p = 8;
  while (p + 12 <= b.length) {
    const length = b.readUInt32BE(p);
    const end = p + 8 + length;
    if (end + 4 > b.length) return;
    if (at < end + 4) {
      b.writeUInt32BE(crc32(b.subarray(p + 4, end)), end);
      return;
    }
    p = end + 4;
  }
}
