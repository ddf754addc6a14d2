/** Main's Buffer-based base64 for embedded pictures gives exactly what shared's portable decoder gives. */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBase64WithBuffer } from '../../../electron/core/base64';
import { decodeBase64 } from '../../../shared/format/pictures';

const encodeBase64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
import { ROOT } from '../helpers';

const same = (text: string) => {
  const ours = decodeBase64WithBuffer(text);
  const portable = decodeBase64(text);
  expect(ours === null ? null : [...ours]).toEqual(portable === null ? null : [...portable]);
};

describe('decodeBase64WithBuffer', () => {
  it('decodes every length, padded or not, as the portable decoder does', () => {
    for (let n = 0; n < 64; n++) {
      const text = encodeBase64(new Uint8Array(randomBytes(n)));
      same(text);
      same(text.replace(/=+$/, ''));
      same(text.slice(0, -1));
    }
  });

  it('ignores whitespace, "=" and a data: prefix, and refuses anything else, as the portable decoder does', () => {
    const text = encodeBase64(new Uint8Array(randomBytes(300)));
    same(`data:image/png;base64,${text}`);
    same(text.replace(/(.{76})/g, '$1\r\n'));
    for (const bad of ['-', '_', '!', 'é', '\u0000', '.', ',']) same(`${text.slice(0, 40)}${bad}${text.slice(40)}`);
    // Stray bits after the last byte, which Buffer drops silently: the portable decoder's answer stands.
    for (const odd of ['QR==', 'QR', 'QUJDRB==', 'A', 'AAAAA']) same(odd);
  });

  it('decodes a real picture to its bytes', () => {
    const png = readFileSync(path.join(ROOT, 'build/icons/128x128.png'));
    expect(Buffer.from(decodeBase64WithBuffer(png.toString('base64'))!)).toEqual(png);
  });
});
