/**
 * Writes a file so that, whatever happens (crash, SIGKILL, power loss after the call returns),
 * the path holds either the complete old content or the complete new content, never a mix:
 * write a temp file beside it → fsync → rename over the target → fsync the folder.
 *
 * On Windows, antivirus and indexers briefly lock files and rename fails with EPERM/EBUSY
 * (typicode/lowdb#581, npm/write-file-atomic#28); those are retried with backoff.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';

export interface FsOps {
  rename(from: string, to: string): Promise<void>;
}

const realOps: FsOps = { rename: (a, b) => fsp.rename(a, b) };
const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES', 'EAGAIN']);

export interface DurableWriteOptions {
  ops?: FsOps;
  retries?: number;
  retryDelayMs?: number;
}

export async function writeFileDurably(file: string, data: Uint8Array | string, opts: DurableWriteOptions = {}): Promise<void> {
  const ops = opts.ops ?? realOps;
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await fsp.open(tmp, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await renameWithRetry(tmp, file, ops, opts.retries ?? 10, opts.retryDelayMs ?? 50);
  } catch (e) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  await syncFolder(dir);
}

export async function renameWithRetry(from: string, to: string, ops: FsOps, retries: number, delayMs: number): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await ops.rename(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? '';
      if (!RETRYABLE.has(code) || attempt >= retries) throw e;
      await new Promise((r) => setTimeout(r, delayMs * (attempt + 1)));
    }
  }
}

/** Makes the rename itself durable on POSIX. Windows cannot open a folder for fsync; NTFS journals the rename. */
async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const h = await fsp.open(dir, 'r');
  try {
    await h.sync();
  } catch {
    // Some filesystems (network shares) refuse fsync on a folder; the data itself is already synced.
  } finally {
    await h.close();
  }
}

/** Temp files left by a write that was killed midway: ".name.<pid>.<hex>.tmp" beside the target. */
export async function removeStaleTemps(file: string): Promise<number> {
  const dir = path.dirname(file);
  const prefix = `.${path.basename(file)}.`;
  let removed = 0;
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) {
      await fsp.rm(path.join(dir, name), { force: true }).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}
