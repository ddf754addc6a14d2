/**
 * Node's errno codes as the dictionary's reasons (shared/i18n ioReasons): one mapping for reading,
 * saving and exporting, so each failure is worded once per language where it is shown.
 */
import type { IoReason } from '../../shared/errors';

export type IoAction = 'read' | 'write' | 'export';

export function ioReason(e: unknown, action: IoAction): IoReason | null {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return action === 'read' ? 'NO_READ_PERMISSION' : action === 'export' ? 'NO_WRITE_PERMISSION_WORD' : 'NO_WRITE_PERMISSION';
    case 'ENOSPC':
      return 'DISK_FULL';
    case 'EROFS':
      return 'READ_ONLY_PLACE';
    case 'ENOENT':
      // A save finds the folder of a file it opened gone; an export's chosen folder may never have existed.
      return action === 'read' ? null : action === 'export' ? 'TARGET_FOLDER_MISSING' : 'FOLDER_GONE';
    case 'EISDIR':
      return action === 'read' ? 'CHOSE_FOLDER' : 'TARGET_IS_FOLDER';
    default:
      return null;
  }
}

/**
 * The reason for a failure no errno mapping fits. Its engine or system text goes to the log (the
 * error log in the data folder), never into the sentence the user reads.
 */
export function loggedReason(e: unknown, where: string): IoReason {
  console.error(`[${where}]`, e);
  return (e as NodeJS.ErrnoException | null)?.code ? 'FS_ERROR_LOGGED' : 'UNEXPECTED_LOGGED';
}
