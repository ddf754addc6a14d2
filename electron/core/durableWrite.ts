/**
 * Writes a file so that, whatever happens (crash, SIGKILL, power loss after the call returns),
 * the path holds either the complete old content or the complete new content, never a mix:
 * write a temp file beside it → fsync → rename over the target → fsync the folder.
 *
 * On Windows, antivirus and indexers briefly lock files and rename fails with EPERM/EBUSY
 * (typicode/lowdb#581, npm/write-file-atomic#28); those are retried with backoff.
 *
 * Other programs write too (sync clients, a second session, an editor). With `expectHash`, the
 * target is checked again after the temp is written, immediately before the rename; the version
 * replaced is kept by a hard link and compared after the rename (a change written into it is put
 * back at the path); the folder's events show a replacement in the last moment (renameWatch.ts);
 * and what is on disk afterwards is compared with what we wrote. Each is reported as a
 * WriteConflict instead of lost.
 * Temp names carry the pid and a random part; a process only ever removes its own or a dead
 * process's temps.
 */
import { createHash, randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { watchRenames, type RenameWatch } from './renameWatch';

export interface FsOps {
  rename(from: string, to: string): Promise<void>;
}

const realOps: FsOps = { rename: (a, b) => fsp.rename(a, b) };
const RETRYABLE = new Set(['EPERM', 'EBUSY', 'EACCES', 'EAGAIN']);

export interface DurableWriteOptions {
  ops?: FsOps;
  retries?: number;
  retryDelayMs?: number;
  /**
   * Hash (sha256 hex) the target must still have, or null when it must not exist. Checked after
   * the temp is written and compared again with what the rename replaced.
   */
  expectHash?: string | null;
  /**
   * The content expectHash is the hash of, when the caller holds it: compared byte for byte
   * instead of hashed again (a save of a 2 MB file used to hash it three more times).
   */
  expectBytes?: Uint8Array;
  /** Called between the first check and the inode check; tests use it to land a change in that window. */
  beforeRename?: () => Promise<void>;
  /** Called after the last check, immediately before the rename: the window only the folder's events can see. */
  atRename?: () => Promise<void>;
}

/**
 * The target changed under us. `written`: our bytes reached the path (the other version was
 * replaced, or changed them afterwards); `replaced` holds the other writer's bytes when the rename
 * replaced them and they could not be put back.
 */
export class WriteConflict extends Error {
  constructor(
    readonly replaced: Buffer | null,
    readonly written: boolean,
  ) {
    super('CONFLICT');
  }
}

const hashOf = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function readOrNull(file: string): Promise<Buffer | null> {
  try {
    return await fsp.readFile(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw e;
  }
}

/** What the target must hold: content by its hash, or the content itself, or null for no file. */
type Expected = string | Uint8Array | null;

const matches = (bytes: Buffer | null, expected: Expected) => {
  if (bytes === null || expected === null) return bytes === expected;
  return typeof expected === 'string' ? hashOf(bytes) === expected : bytes.equals(expected);
};

export async function writeFileDurably(file: string, data: Uint8Array | string, opts: DurableWriteOptions = {}): Promise<void> {
  const ops = opts.ops ?? realOps;
  const dir = path.dirname(file);
  const tmp = tempName(file);
  // Saving keeps the file's permissions (a group-shared file stays group-writable).
  const mode = await fsp.stat(file).then(
    (s) => s.mode & 0o777,
    () => 0o644,
  );
  const handle = await fsp.open(tmp, 'wx', mode);
  let ourInode: number;
  try {
    await handle.writeFile(data);
    await handle.sync();
    ourInode = (await handle.stat()).ino;
  } catch (e) {
    // A full disk fails here: leave no half temp behind.
    await handle.close().catch(() => undefined);
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  await handle.close();
  const guarded = opts.expectHash !== undefined;
  const expected: Expected = opts.expectHash === null || opts.expectHash === undefined ? null : (opts.expectBytes ?? opts.expectHash);
  const kept = `${tmp}.prev`;
  let linked = false;
  let watch: RenameWatch | null = null;
  // Our own sessions (another window, another instance) serialise the check and the rename on a
  // lock file, so two of them can never both pass the check and both rename.
  const unlock = guarded
    ? await lockFile(file).catch(async (e: unknown) => {
        await fsp.rm(tmp, { force: true }).catch(() => undefined);
        throw e;
      })
    : null;
  try {
    if (guarded) {
      watch = watchRenames(file, kept, tmp);
      // Keep the inode we are about to replace, then check it: an in-place write after this point
      // still lands in the kept inode and is seen by the comparison after the rename.
      linked = await fsp.link(file, kept).then(
        () => true,
        () => false,
      );
      const now = linked ? await fsp.readFile(kept) : await readOrNull(file);
      if (!matches(now, expected)) throw new WriteConflict(null, false);
    }
    await opts.beforeRename?.();
    // A writer that replaced the file (its own temp and rename) since the link: still a conflict.
    if (linked && (await fsp.stat(file).catch(() => null))?.ino !== (await fsp.stat(kept)).ino) throw new WriteConflict(null, false);
    await opts.atRename?.();
    await renameWithRetry(tmp, file, ops, opts.retries ?? 10, opts.retryDelayMs ?? 50);
  } catch (e) {
    watch?.close();
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    if (linked) await fsp.rm(kept, { force: true }).catch(() => undefined);
    throw e;
  } finally {
    await unlock?.();
  }
  await syncFolder(dir);
  if (guarded) await verifyAfterRename(file, kept, linked, ourInode, data, expected, watch);
}

/**
 * After the rename, three ways another program's change can meet ours, each a conflict:
 * - it wrote in place into the old inode (opened before our rename): the kept link shows it, and
 *   the old inode is put back at the path (the other program may still be writing into it), so the
 *   file holds their version until the user chooses;
 * - it replaced the file by its own rename in the last moment before ours (the folder's events say
 *   so): their inode is gone, ours is on disk, and the user is told;
 * - it changed the file after our rename: what is on disk is not what we wrote.
 */
async function verifyAfterRename(
  file: string,
  kept: string,
  linked: boolean,
  ourInode: number,
  data: Uint8Array | string,
  expected: Expected,
  watch: RenameWatch | null,
): Promise<void> {
  try {
    if (linked) {
      const replaced = await fsp.readFile(kept).catch(() => null);
      if (replaced && !matches(replaced, expected)) {
        const stillOurs = (await fsp.stat(file).catch(() => null))?.ino === ourInode;
        if (
          stillOurs &&
          (await fsp.rename(kept, file).then(
            () => true,
            () => false,
          ))
        ) {
          await syncFolder(path.dirname(file));
          throw new WriteConflict(null, false);
        }
        throw new WriteConflict(replaced, true);
      }
      if (watch && (await watch.othersBetween()) === true) throw new WriteConflict(null, true);
    }
    const onDisk = await fsp.stat(file).catch(() => null);
    if (onDisk?.ino !== ourInode) throw new WriteConflict(null, true);
    const wrote = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    if (!matches(await readOrNull(file), wrote)) throw new WriteConflict(null, true);
  } finally {
    watch?.close();
    if (linked) await fsp.rm(kept, { force: true }).catch(() => undefined);
  }
}

/** How long a writer waits for another's check-and-rename (milliseconds, a few syscalls) before calling it a conflict. */
const LOCK_WAIT_MS = 3_000;
/** A lock older than this belongs to a writer that died mid-save. */
const LOCK_STALE_MS = 10_000;

/** ".name.<pid>.<random>.tmp.lock" would be ambiguous; the lock is ".name.lock" holding the owner's pid. */
async function lockFile(file: string): Promise<() => Promise<void>> {
  const lock = path.join(path.dirname(file), `.${path.basename(file)}.lock`);
  const started = Date.now();
  for (;;) {
    try {
      const h = await fsp.open(lock, 'wx');
      await h.writeFile(String(process.pid));
      await h.close();
      return () => fsp.rm(lock, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const [owner, st] = await Promise.all([fsp.readFile(lock, 'utf8').catch(() => ''), fsp.stat(lock).catch(() => null)]);
    const pid = Number(owner);
    const age = st ? Date.now() - st.mtimeMs : 0;
    // Dead owner; or no pid written a second after creation (killed between open and write); or old.
    if (st && ((pid > 0 && !processAlive(pid)) || (!(pid > 0) && age > 1_000) || age > LOCK_STALE_MS)) {
      await fsp.rm(lock, { force: true }).catch(() => undefined);
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS) throw new WriteConflict(null, false);
    await new Promise((r) => setTimeout(r, 2));
  }
}

/** ".name.<pid>.<random>.tmp": whose it is can be read from the name. */
function tempName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
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

/**
 * Temp files left by a write that was killed midway: ".name.<pid>.<hex>.tmp" (and its ".prev"
 * link) beside the target. Only a dead process's temps are removed: a live one — another session
 * saving the same file right now — still needs its own.
 */
export async function removeStaleTemps(file: string): Promise<number> {
  return removeDeadTemps(path.dirname(file), `.${path.basename(file)}.`);
}

/**
 * Every dead process's temp in a folder, whatever file it was for: backups are written under a new
 * name each time, so a kill mid-backup leaves a temp no later write of the same name will meet.
 */
export async function removeDeadTemps(dir: string, prefix = '.'): Promise<number> {
  let removed = 0;
  let names: string[];
  try {
    names = await fsp.readdir(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    const owner = /^\.(?:.*)\.(\d+)\.[0-9a-f]+\.tmp(?:\.prev)?$/.exec(name);
    if (name.startsWith(prefix) && owner && !processAlive(Number(owner[1]))) {
      await fsp.rm(path.join(dir, name), { force: true }).catch(() => undefined);
      removed++;
    }
  }
  return removed;
}
