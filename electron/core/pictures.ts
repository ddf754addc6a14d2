/**
 * Reading a picture the user picked (logo, evidence photo): size cap before reading, then the
 * bytes must be a PNG or JPEG by their signature and must decode — the file name, the extension
 * and the first bytes prove nothing. A large photo is then made report-sized (pictureDownscale.ts).
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fail } from '../../shared/errors';
import { pictureSize } from '../../shared/format/pictures';
import type { PictureFile } from '../../shared/ipc';
import { LIMITS } from '../../shared/model/limits';
import { ok, type Result } from '../../shared/result';
import { decodesAsPicture } from './pictureDecode';
import { downscalePicture, keptAsChosen, type Downscaled } from './pictureDownscale';
import { ioFail } from './projectFile';

export async function readPictureFile(file: string, maxBytes: number = LIMITS.pictureImportBytes): Promise<Result<PictureFile>> {
  let bytes: Buffer;
  try {
    const stat = await fsp.stat(file);
    if (stat.size > maxBytes) return fail('TOO_LARGE', { size: mb(stat.size), limit: mb(maxBytes) });
    bytes = await fsp.readFile(file);
  } catch (e) {
    return ioFail(e, file);
  }
  if (bytes.length > maxBytes) return fail('TOO_LARGE', { size: mb(bytes.length), limit: mb(maxBytes) });
  const size = pictureSize(bytes);
  if (!size) return fail('NOT_A_PICTURE');
  let small: Downscaled | null = null;
  if (keptAsChosen(bytes, size, size.type)) {
    if (!decodesAsPicture(bytes, size.type)) return fail('NOT_A_PICTURE');
  } else {
    // One decode serves as the proof and as the source of the smaller picture.
    try {
      small = downscalePicture(bytes, size.type);
    } catch {
      return fail('NOT_A_PICTURE');
    }
  }
  // What the project stores must fit the schema's cap, made smaller or not.
  const stored = small?.bytes.length ?? bytes.length;
  if (stored > LIMITS.attachmentBytes) return fail('TOO_LARGE', { size: mb(stored), limit: mb(LIMITS.attachmentBytes) });
  if (small)
    return ok({
      name: path.basename(file).slice(0, 200),
      mime: small.mime,
      data: small.bytes.toString('base64'),
      width: small.width,
      height: small.height,
      bytes: small.bytes.length,
      original: { width: size.width, height: size.height, bytes: bytes.length },
    });
  return ok({
    name: path.basename(file).slice(0, 200),
    mime: size.type === 'png' ? 'image/png' : 'image/jpeg',
    // Buffer's encoder is native: ~10 ms for 4 MB where a hand-written one froze the window ~1 s.
    data: bytes.toString('base64'),
    width: size.width,
    height: size.height,
    bytes: bytes.length,
  });
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}
