/**
 * Whether a folder is this user's alone: ours and not writable by group or others. What is read
 * from such a folder (compiled code for the command-line start, font copies resvg parses) cannot
 * have been put there by anyone else, which matters in the shared temporary folder.
 */
import { statSync } from 'node:fs';

export function ownFolder(dir: string): boolean {
  try {
    const st = statSync(dir);
    // Windows reports no such mode bits (and its temporary folder is the user's own).
    if (process.platform === 'win32') return st.isDirectory();
    return st.isDirectory() && (st.mode & 0o022) === 0 && (process.getuid === undefined || st.uid === process.getuid());
  } catch {
    return false;
  }
}
