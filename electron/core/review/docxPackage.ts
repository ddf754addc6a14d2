/**
 * Reads chosen parts of a DOCX that came back from someone else, refusing what could hurt before
 * anything is unpacked: the file's size, the number of entries, and the sizes and compression
 * ratio the zip's central directory declares. Then only the few XML parts needed are inflated, in
 * small steps with a running count, so a header that lies about its size is caught after at most
 * one step's worth of output (deflate expands 1 byte to at most ~1,032).
 */
import { Inflate, strFromU8 } from 'fflate';

export const DOCX_LIMITS = {
  /** The whole file, checked before reading its directory. A report with photos stays far below. */
  fileBytes: 50 * 1024 * 1024,
  entries: 2_000,
  /** One entry, as declared and as actually inflated. */
  entryBytes: 64 * 1024 * 1024,
  /** All entries together, as declared. */
  totalBytes: 256 * 1024 * 1024,
  /** Declared unpacked size over packed size, for the whole archive and for any entry over 1 MB unpacked. */
  ratio: 100,
} as const;

/** Why a package is refused: the reason code and what was measured. */
export class DocxRefused extends Error {
  constructor(
    readonly reason: 'TOO_LARGE' | 'TOO_MANY_ENTRIES' | 'ENTRY_TOO_LARGE' | 'TOTAL_TOO_LARGE' | 'RATIO' | 'NOT_ZIP' | 'BAD_ENTRY',
    readonly detail = '',
  ) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
  }
}

interface Entry {
  name: string;
  method: number;
  packed: number;
  unpacked: number;
  localOffset: number;
}

const STEP = 16 * 1024;

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}
function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

/** The central directory, read without inflating anything. */
function directory(b: Uint8Array): Entry[] {
  // The end-of-central-directory record: within the last 22 + 65,535 bytes (its comment).
  let eocd = -1;
  for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new DocxRefused('NOT_ZIP');
  const count = u16(b, eocd + 10);
  // ZIP64 archives (0xffff entries or 0xffffffff offsets) are far beyond any report.
  if (count === 0xffff || count > DOCX_LIMITS.entries) throw new DocxRefused('TOO_MANY_ENTRIES', String(count));
  let at = u32(b, eocd + 16);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > b.length || u32(b, at) !== 0x02014b50) throw new DocxRefused('NOT_ZIP');
    const nameLength = u16(b, at + 28);
    const entry: Entry = {
      method: u16(b, at + 10),
      packed: u32(b, at + 20),
      unpacked: u32(b, at + 24),
      localOffset: u32(b, at + 42),
      name: strFromU8(b.subarray(at + 46, at + 46 + nameLength)),
    };
    if (entry.packed === 0xffffffff || entry.unpacked === 0xffffffff) throw new DocxRefused('ENTRY_TOO_LARGE', entry.name);
    entries.push(entry);
    at += 46 + nameLength + u16(b, at + 30) + u16(b, at + 32);
  }
  return entries;
}

function checkSizes(entries: Entry[], fileBytes: number): void {
  let total = 0;
  for (const e of entries) {
    if (e.unpacked > DOCX_LIMITS.entryBytes) throw new DocxRefused('ENTRY_TOO_LARGE', e.name);
    if (e.unpacked > 1024 * 1024 && e.unpacked > Math.max(1, e.packed) * DOCX_LIMITS.ratio) throw new DocxRefused('RATIO', e.name);
    total += e.unpacked;
  }
  if (total > DOCX_LIMITS.totalBytes) throw new DocxRefused('TOTAL_TOO_LARGE', String(total));
  if (total > 1024 * 1024 && total > fileBytes * DOCX_LIMITS.ratio) throw new DocxRefused('RATIO', String(total));
}

/** One entry's bytes, inflated step by step up to its declared size (a lie is refused, not followed). */
function inflateEntry(b: Uint8Array, e: Entry): Uint8Array {
  const at = e.localOffset;
  if (at + 30 > b.length || u32(b, at) !== 0x04034b50) throw new DocxRefused('BAD_ENTRY', e.name);
  const start = at + 30 + u16(b, at + 26) + u16(b, at + 28);
  const packed = b.subarray(start, start + e.packed);
  if (packed.length !== e.packed) throw new DocxRefused('BAD_ENTRY', e.name);
  if (e.method === 0) {
    if (e.packed !== e.unpacked) throw new DocxRefused('BAD_ENTRY', e.name);
    return packed.slice();
  }
  if (e.method !== 8) throw new DocxRefused('BAD_ENTRY', e.name);
  const out = new Uint8Array(e.unpacked);
  let filled = 0;
  const inflater = new Inflate((chunk) => {
    if (filled + chunk.length > e.unpacked) throw new DocxRefused('ENTRY_TOO_LARGE', e.name);
    out.set(chunk, filled);
    filled += chunk.length;
  });
  for (let i = 0; i < packed.length; i += STEP) inflater.push(packed.subarray(i, i + STEP), i + STEP >= packed.length);
  if (packed.length === 0) inflater.push(new Uint8Array(0), true);
  if (filled !== e.unpacked) throw new DocxRefused('BAD_ENTRY', e.name);
  return out;
}

export interface DocxPackage {
  names: string[];
  /** All entries together, unpacked, as the directory declares them (each entry is held to its declaration when inflated). */
  unpackedBytes: number;
  /** The part's text, or null when the package has no such part. */
  text(name: string): string | null;
}

/** Opens the package after the checks; parts are inflated only when asked for. */
export function openDocxPackage(bytes: Uint8Array): DocxPackage {
  if (bytes.length > DOCX_LIMITS.fileBytes) throw new DocxRefused('TOO_LARGE', String(bytes.length));
  const entries = directory(bytes);
  checkSizes(entries, bytes.length);
  const byName = new Map(entries.map((e) => [e.name.replace(/^\//, ''), e]));
  return {
    names: [...byName.keys()],
    unpackedBytes: entries.reduce((sum, e) => sum + e.unpacked, 0),
    text(name) {
      const e = byName.get(name);
      return e ? strFromU8(inflateEntry(bytes, e)) : null;
    },
  };
}
