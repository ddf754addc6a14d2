/**
 * The one window a check cannot close. POSIX has no compare-and-swap rename (Linux's renameat2
 * RENAME_EXCHANGE is not reachable from Node), so a program that replaces the file by its own
 * rename between our last look at it and our rename is replaced by ours, and its inode is gone
 * before anyone could compare it. What remains is to notice and say so: a folder's inotify events
 * arrive in the order they happened, so any rename, creation or deletion at the file's name
 * between our hard link of the old version ("kept", made just before the last check) and our
 * temp's move is someone else's, and the save reports a conflict instead of winning silently.
 *
 * Linux only: macOS coalesces folder events and Windows reports the replaced target as a removal
 * of its own, so there the watch is not made and the earlier checks stand alone.
 */
import fs from 'node:fs';
import path from 'node:path';

/** How long to wait for our own events to come through (they normally take well under a millisecond). */
const EVENTS_WAIT_MS = 2_000;

export interface RenameWatch {
  /**
   * After our rename: true when another program renamed, created or deleted something at the
   * file's name between our link (`kept`) and our temp's move; null when our own events did not
   * arrive in time (an overflowing event queue), so nothing can be said.
   */
  othersBetween(): Promise<boolean | null>;
  close(): void;
}

export function watchRenames(file: string, kept: string, tmp: string): RenameWatch | null {
  if (process.platform !== 'linux') return null;
  const target = path.basename(file);
  const keptName = path.basename(kept);
  const tmpName = path.basename(tmp);
  // Names of 'rename' events in order (creation, deletion and both ends of a move all arrive as 'rename').
  const names: (string | null)[] = [];
  let wake: (() => void) | null = null;
  let watcher: fs.FSWatcher;
  try {
    watcher = fs.watch(path.dirname(file), { persistent: false }, (type, name) => {
      if (type !== 'rename') return;
      names.push(name === null ? null : String(name));
      wake?.();
    });
  } catch {
    // Out of inotify watches, or a filesystem without events: the earlier checks stand alone.
    return null;
  }
  watcher.on('error', () => undefined);

  /** Index of our temp leaving (its move) after our link, or -1 while it has not arrived. */
  const window = (): [number, number] => {
    const from = names.indexOf(keptName);
    const to = from < 0 ? -1 : names.indexOf(tmpName, from + 1);
    return [from, to];
  };

  return {
    async othersBetween() {
      const deadline = Date.now() + EVENTS_WAIT_MS;
      while (window()[1] < 0) {
        const left = deadline - Date.now();
        if (left <= 0) return null;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
      const [from, to] = window();
      // A nameless event could be anything in the folder: counted as the file's, to be safe.
      return names.slice(from + 1, to).some((n) => n === null || n === target);
    },
    close: () => watcher.close(),
  };
}
