/**
 * A picture is accepted only if it decodes, not because its first bytes look right: a file whose
 * bytes start with the PNG signature but hold noise was saved and then refused the whole project
 * on reopening. Checked when a picture is chosen and again whenever a file is opened; a picture
 * that fails is left out on its own (with a notice), never the file.
 */
import jpeg from 'jpeg-js';
import { decodeBase64WithBuffer } from './base64';
import { withoutAttachments } from '../../shared/model/envelope';
import { droppedPicture, pictureDroppedNotice, type DroppedPicture } from '../../shared/model/droppedPicture';
import type { Notice } from '../../shared/i18n/notices';
import type { Project } from '../../shared/model/types';
import { pngDecodes } from './pngIntegrity';

/** Largest picture we decode (pixels); a 4 MB JPEG can claim far more than a report needs. */
const MAX_MEGAPIXELS = 50;

export function decodesAsPicture(bytes: Uint8Array, type: 'png' | 'jpg'): boolean {
  try {
    // A PNG is proven by native zlib without making pixels (pngIntegrity.ts); a JPEG has no such shortcut.
    if (type === 'png') return pngDecodes(bytes, MAX_MEGAPIXELS * 1_000_000);
    const img = jpeg.decode(bytes, {
      useTArray: true,
      tolerantDecoding: false,
      maxResolutionInMP: MAX_MEGAPIXELS,
      maxMemoryUsageInMB: 512,
      formatAsRGBA: false,
    });
    return img.width > 0 && img.height > 0;
  } catch {
    return false;
  }
}

/**
 * Pictures already proven in this session, by their base64 text: reopening a file (or opening it
 * after saving) does not decode the same photos again.
 */
const proven = new Set<string>();

export function withoutUndecodablePictures(p: Project): { project: Project; notices: Notice[] } {
  const bad: DroppedPicture[] = [];
  p.attachments.forEach((a, i) => {
    if (proven.has(a.data)) return;
    const bytes = decodeBase64WithBuffer(a.data);
    if (bytes && decodesAsPicture(bytes, a.mime === 'image/png' ? 'png' : 'jpg')) proven.add(a.data);
    else bad.push(droppedPicture(a, i, 'UNDECODABLE'));
  });
  if (!bad.length) return { project: p, notices: [] };
  return {
    project: withoutAttachments(
      p,
      bad.map((b) => b.id),
    ),
    notices: bad.map(pictureDroppedNotice),
  };
}
