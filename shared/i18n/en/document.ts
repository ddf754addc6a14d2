import type { notices as idNotices, pictureProblems as idPictures, products as idProducts, refusals as idRefusals } from '../id/document';
import type { Strings } from '../types';

export const notices: Strings<typeof idNotices> = {
  BOM_IGNORED: 'A byte-order mark at the start of the file was ignored.',
  REVIEW_FUTURE_VERSION:
    'The review file was made by a newer version of the app (format {version}): opened read-only; parts this version does not know are ignored.',
  MIGRATED: 'The file in format {from} was updated to format {to}; the original file is unchanged until you save.',
  IDS_REPAIRED: '{count} duplicate ids were found and given new ids; no data was dropped.',
  PICTURE_DROPPED: '{detail}; this picture was not loaded, the rest of the file opened as usual.',
  FUTURE_VERSION: 'The file was made with a newer version of the app (format {version}). It is open read-only and left unchanged; update the app to edit it.',
};

export const refusals: Strings<typeof idRefusals> = {
  INVALID_VALUE: '{detail}',
  DUPLICATE_ID: 'duplicate id: {id}',
  TOO_MANY_ITEMS: 'too many items (limit {max})',
  ITEM_NOT_FOUND: 'item not found: {id}',
};

export const pictureProblems: Strings<typeof idPictures> = {
  where: 'Attached picture {n} ({name})',
  UNREADABLE: 'the picture data is damaged',
  TOO_LARGE: 'the picture is too large',
  WRONG_TYPE: 'not a valid {type} picture',
  UNDECODABLE: 'the picture is damaged and cannot be opened',
};

export const products: Strings<typeof idProducts> = { PROYEK_PERUBAHAN: 'change project', AKSI_PERUBAHAN: 'change action' };
