import type { Strings } from '../types';
import type { errors as idErrors, ioReasons as idReasons } from '../id/errors';

export const errors: Strings<typeof idErrors> = {
  EMPTY_FILE: 'The file is empty: there is nothing to read.',
  NUL_BYTES: 'The file contains NUL bytes, usually because the computer stopped while it was saved. Open the latest backup.',
  INVALID_UTF8: 'The file is not valid UTF-8 text; it may be damaged or not a Rancang Perubahan file.',
  TRUNCATED: 'The file is cut short: its content stops midway (line {line}, column {column}), perhaps because saving was interrupted.',
  NOT_JSON: 'The file cannot be read: its content is damaged at line {line}, column {column} (“{found}” does not belong there).',
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
  PROJECT_TOO_LARGE:
    'The project is too large to save ({size}; the file limit is {limit}), so it was not saved. Pictures take {pictures}: remove some or replace them with smaller versions, starting with the largest: {biggest}.',
  OPEN_FAILED: 'The document could not be opened: {detail}. Use “Open folder” and open it with Word, LibreOffice or WPS.',
  EXPORT_PDF_FAILED: 'Could not create the PDF report: {detail}',
  EXPORT_SLIDES_FAILED: 'Could not create the PPTX slides: {detail}',
  EXPORT_POSTER_FAILED: 'Could not create the poster: {detail}',
  FILE_GONE: 'This file was deleted or moved outside the app since it was opened, so it is not silently recreated. Save it as a new file to keep it.',
  FILE_READ_ONLY: 'This file is marked read-only, so it is not overwritten. Save it as a new file to keep your changes.',
  BACKUP_FAILED: 'The project was saved, but the backup of the previous version could not be made in the app’s data folder ({detail}).',
  DATA_DIR_UNAVAILABLE:
    'The app’s data folder cannot be written ({detail}): settings and backups are not kept until this is fixed. Your project is still saved to its file.',
  INTERNAL: 'An unexpected error occurred: {detail}',
  TOO_MANY_VERSIONS:
    'The file holds {count} frozen versions, more than the limit of {limit}. It was not opened and not changed; open it with the app version that made it and delete old versions.',
  VERSION_LIMIT: 'There are already {count} frozen versions; the limit is {limit}. Delete old versions in the Versions panel before freezing a new one.',
  VERSIONS_TOO_LARGE:
    'The project with its frozen versions would be {size}, over the file limit of {limit}, so it was not saved. Frozen versions take {versions}: delete old versions in the Versions panel.',
  VERSION_NOT_FOUND: 'This version is no longer in the file.',
  VERSION_DAMAGED: 'This version is damaged inside the file and cannot be shown; the other versions are not affected.',
  NOT_SAVED_YET: 'The project has not been saved to a file yet. Save it first, then freeze a version.',
  BACKUP_NOT_FOUND: 'This backup is no longer in the app data folder.',
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
