/**
 * Main's check of a path the preload says was dropped on the window: a string, absolute, short
 * enough, no NUL, ending in .rancang. Opening it then goes through the same checks as any file.
 */
import path from 'node:path';
import { FILE_EXTENSION } from '../../shared/model/envelope';

const MAX_PATH = 4096;

export function acceptDroppedPath(value: unknown, platform: NodeJS.Platform): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_PATH || value.includes('\u0000')) return null;
  const p = platform === 'win32' ? path.win32 : path.posix;
  if (!p.isAbsolute(value)) return null;
  if (!value.toLowerCase().endsWith(`.${FILE_EXTENSION}`)) return null;
  return p.normalize(value);
}
