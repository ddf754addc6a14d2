import type { Strings } from '../types';
import type { errors as idErrors, ioReasons as idReasons } from '../id/errors';

export const errors: Strings<typeof idErrors> = {
  EMPTY_FILE: 'The file is empty: there is nothing to read.',
  NUL_BYTES: 'The file contains NUL bytes, usually because the computer stopped while it was saved. Open the latest backup.',
  INVALID_UTF8: 'The file is not valid UTF-8 text; it may be damaged or not a Rancang Perubahan file.',
  TRUNCATED: 'The file is cut short: its content stops midway, perhaps because saving was interrupted.',
  NOT_JSON: 'The file cannot be read: its content is not valid JSON ({detail}).',
  NOT_RANCANG: 'This is not a Rancang Perubahan (.rancang) file; another application may have made it.',
  INVALID_PROJECT: 'The file does not match the Rancang Perubahan format: {detail}',
  FUTURE_VERSION: 'The file was made with a newer version of the app (format {version}). It is open read-only and left unchanged; update the app to edit it.',
  FUTURE_VERSION_UNREADABLE: 'The file was made with a newer version of the app (format {version}) and this version cannot read it. Update the app.',
  TOO_LARGE: 'The file is too large ({size}); the limit is {limit}. It was not opened.',
  NOT_FOUND: 'File not found: {detail}. It may have been moved or deleted.',
  READ_FAILED: 'The file could not be read: {detail}',
  WRITE_FAILED: 'Saving failed: {detail}',
  CONFLICT: 'The file was changed outside this app since it was opened. Saving stopped so those changes are not overwritten.',
  READ_ONLY: 'This file is open read-only. Use "Edit a copy" to make a copy you can edit.',
  UNKNOWN_DOCUMENT: 'This document is closed or unknown; open the file again.',
  BAD_ARGS: 'Invalid request to the main process ({detail}).',
  FORBIDDEN: 'Request refused: it came from an untrusted origin.',
  CANCELLED: 'Cancelled.',
  NOT_A_PICTURE: 'This file is not a readable PNG or JPEG picture; choose a photo or scan in PNG/JPG format.',
  EXPORT_FAILED: 'Could not create the DOCX report: {detail}',
  INTERNAL: 'An unexpected error occurred: {detail}',
};

export const ioReasons: Strings<typeof idReasons> = {
  NO_WRITE_PERMISSION: 'no permission to write in this folder, or another program has locked the file',
  NO_WRITE_PERMISSION_WORD: 'no permission to write in this folder, or another program has the file open (close it in Word first)',
  NO_READ_PERMISSION: 'no permission to read this file',
  DISK_FULL: 'the disk is full',
  READ_ONLY_PLACE: 'this place is read-only',
  FOLDER_GONE: 'the target folder no longer exists',
  TARGET_FOLDER_MISSING: 'the target folder does not exist',
  TARGET_IS_FOLDER: 'the target is a folder, not a file',
  CHOSE_FOLDER: 'a folder was chosen',
  HEADER_DAMAGED: 'the file header is damaged',
  MIGRATION_FAILED: 'migrating from format {version} failed ({detail})',
};
