/**
 * Pictures embedded in a project (logo, evidence photos) are base64 text. Reading them needs no
 * platform API, so the file decoder, the report and main can all check what a picture really is
 * (its signature and pixel size), never trusting the stored MIME type.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

export function decodeBase64(text: string): Uint8Array | null {
  const clean = text.replace(/[\s=]+/g, '').replace(/^data:[^,]*,/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let n = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const v = code < 128 ? LOOKUP[code]! : -1;
    if (v < 0) return null;
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[n++] = (acc >> bits) & 0xff;
    }
  }
  return out.subarray(0, n);
}

/** Width and height from a PNG IHDR or a JPEG SOF marker; null for anything else or a damaged header. */
export function pictureSize(b: Uint8Array): { type: 'png' | 'jpg'; width: number; height: number } | null {
  const u32 = (o: number) => ((b[o]! << 24) | (b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!) >>> 0;
  const u16 = (o: number) => (b[o]! << 8) | b[o + 1]!;
  if (b.length > 24 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) {
    const width = u32(16);
    const height = u32(20);
    return width > 0 && height > 0 ? { type: 'png', width, height } : null;
  }
  if (b.length > 4 && b[0] === 0xff && b[1] === 0xd8) {
    let o = 2;
    while (o + 9 < b.length) {
      if (b[o] !== 0xff) return null;
      const marker = b[o + 1]!;
      const len = u16(o + 2);
      // SOF0–SOF15 except DHT (C4), JPG (C8) and DAC (CC) carry the frame size.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        const height = u16(o + 5);
        const width = u16(o + 7);
        return width > 0 && height > 0 ? { type: 'jpg', width, height } : null;
      }
      o += 2 + len;
    }
  }
  return null;
}

const ENCODE = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function encodeBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i]!, b = bytes[i + 1], c = bytes[i + 2];
    const n = (a << 16) | ((b ?? 0) << 8) | (c ?? 0);
    out += ENCODE[(n >> 18) & 63]! + ENCODE[(n >> 12) & 63]! + (b === undefined ? '=' : ENCODE[(n >> 6) & 63]!) + (c === undefined ? '=' : ENCODE[n & 63]!);
  }
  return out;
}
