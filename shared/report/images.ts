/**
 * Embedded pictures (logo, evidence photos) are stored as base64 in the project. The report needs
 * their bytes and pixel size to place them; both are read here without any platform API.
 */
import { decodeBase64, pictureSize } from '../format/pictures';
import type { Attachment } from '../model/types';

export { decodeBase64, pictureSize };

export interface PictureData {
  data: Uint8Array;
  type: 'png' | 'jpg';
  width: number;
  height: number;
}

/** The attachment as a picture the report can place, or null when its data is not a readable PNG/JPEG. */
export function attachmentPicture(a: Attachment): PictureData | null {
  const data = decodeBase64(a.data);
  if (!data) return null;
  const size = pictureSize(data);
  return size ? { data, ...size } : null;
}
