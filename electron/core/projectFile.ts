/**
 * Reading a .rancang file from disk: size cap first (never read a huge file into memory), strict
 * UTF-8, then the shared decoder (parse → migrate → validate → rebuild). The file itself is only
 * ever read here.
 */
import { createHash } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { fail, failFor } from '../../shared/errors';
import { ioReason, loggedReason } from './ioReason';
import { decodeProjectText, type DecodedProject } from '../../shared/model/envelope';
import { decodeBase64WithBuffer } from './base64';
import { LIMITS } from '../../shared/model/limits';
import { ok, type Result } from '../../shared/result';
import { withoutUndecodablePictures } from './pictureDecode';

export interface ReadProject {
  decoded: DecodedProject;
  hash: string;
  bytes: number;
  mtime: Date;
}

export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

export async function readProjectFile(file: string, maxBytes: number = LIMITS.fileBytes): Promise<Result<ReadProject>> {
  let stat;
  try {
    stat = await fsp.stat(file);
  } catch (e) {
    return ioFail(e, file);
  }
  if (!stat.isFile()) return failFor('READ_FAILED', 'NOT_A_REGULAR_FILE');
  if (stat.size > maxBytes) return fail('TOO_LARGE', { size: mb(stat.size), limit: mb(maxBytes) });
  let bytes: Buffer;
  try {
    bytes = await fsp.readFile(file);
  } catch (e) {
    return ioFail(e, file);
  }
  // The size can change between stat and read (someone writing it now); check what was read.
  if (bytes.length > maxBytes) return fail('TOO_LARGE', { size: mb(bytes.length), limit: mb(maxBytes) });
  const text = decodeUtf8(bytes);
  if (text === null) return fail('INVALID_UTF8');
  const decoded = decodeProjectText(text, decodeBase64WithBuffer);
  if (!decoded.ok) return decoded;
  const pictures = withoutUndecodablePictures(decoded.value.project);
  const value = pictures.notices.length
    ? { ...decoded.value, project: pictures.project, notices: [...decoded.value.notices, ...pictures.notices] }
    : decoded.value;
  return ok({ decoded: value, hash: sha256(bytes), bytes: bytes.length, mtime: stat.mtime });
}

export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

export function ioFail(e: unknown, file: string) {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return fail('NOT_FOUND', { detail: file });
  const reason = ioReason(e, 'read');
  return failFor('READ_FAILED', reason ?? loggedReason(e, 'read'));
}

function mb(n: number): string {
  return `${(n / (1024 * 1024)).toLocaleString('id-ID', { maximumFractionDigits: 1 })} MB`;
}
