/**
 * Base64 through Node's Buffer for the pictures embedded in a project: native code instead of
 * shared's portable decoder, which was most of opening a file with photos. Buffer skips characters
 * that are not base64 instead of refusing them, so the text is checked first, with the same rules
 * as shared/format/pictures.ts decodeBase64 (whitespace and "=" ignored, a data: prefix allowed).
 */
const NOT_BASE64 = /[^A-Za-z0-9+/]/;

export function decodeBase64WithBuffer(text: string): Uint8Array | null {
  const clean = text.replace(/[\s=]+/g, '').replace(/^data:[^,]*,/, '');
  if (NOT_BASE64.test(clean)) return null;
  return Buffer.from(clean, 'base64');
}
