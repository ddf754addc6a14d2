/**
 * How much of the file cap (LIMITS.fileBytes) a project uses, and how much of that is pictures.
 * A save that would write a file the app then refuses to open is refused before writing, with a
 * message that says what to shrink; the same figures show beside the picture buttons.
 */
import { fail } from '../errors';
import { LIMITS } from '../model/limits';
import type { Project } from '../model/types';
import type { Fail } from '../result';

/** The envelope around the project (format, versions, times, install id) with room to spare. */
const ENVELOPE_BYTES = 1024;

/** UTF-8 length without TextEncoder (shared/ has no DOM or Node). */
function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes the pictures take in the file (their base64 text, which is what counts against the cap). */
export function pictureFileBytes(p: Project): number {
  return p.attachments.reduce((sum, a) => sum + a.data.length, 0);
}

export function projectFileBytes(p: Project): number {
  return utf8Length(JSON.stringify(p)) + ENVELOPE_BYTES;
}

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
export const formatMegabytes = mb;

/** Null when the project fits in a file the app will open again; otherwise the refusal to show. */
export function checkFileBudget(p: Project, limit: number = LIMITS.fileBytes): Fail | null {
  const size = projectFileBytes(p);
  if (size <= limit) return null;
  const biggest = [...p.attachments]
    .sort((a, b) => b.data.length - a.data.length)
    .slice(0, 3)
    .map((a) => `“${a.caption || a.name}” (${mb(a.data.length)})`)
    .join(', ');
  return fail('PROJECT_TOO_LARGE', { size: mb(size), limit: mb(limit), pictures: mb(pictureFileBytes(p)), biggest: biggest || '–' });
}

/**
 * Frozen versions live in the same file and count toward the same cap: null when the project and
 * its versions fit; otherwise the refusal, which says to delete old versions (the pictures have
 * their own refusal above, checked first).
 */
export function checkVersionsBudget(p: Project, versionBytes: number, limit: number = LIMITS.fileBytes): Fail | null {
  const size = projectFileBytes(p) + versionBytes;
  if (size <= limit) return null;
  return fail('VERSIONS_TOO_LARGE', { size: mb(size), limit: mb(limit), versions: mb(versionBytes) });
}

/**
 * Both checks above with one measurement of the project, for the save path (every autosave runs
 * it): the pictures' refusal first, then the versions'.
 */
export function checkSaveBudget(p: Project, versionBytes: number, limit: number = LIMITS.fileBytes): Fail | null {
  const size = projectFileBytes(p);
  if (size > limit) return checkFileBudget(p, limit);
  return size + versionBytes <= limit ? null : checkVersionsBudget(p, versionBytes, limit);
}
