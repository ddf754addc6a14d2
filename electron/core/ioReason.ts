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

/** The raw message when no reason fits: still better than nothing, and the same in both languages. */
export function rawMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
