import type { Dictionary } from '../types';

/** "Import Word comments": a DOCX the mentor returned with comments, turned into review notes. */
export const wordComments: Dictionary['wordComments'] = {
  import: 'Import Word comments',
  importHint: 'Choose the Word document (.docx) exported by this app that the mentor returned with comments; each comment becomes a review note.',
  imported: 'Word comments from {{file}} imported: {{added}} new notes, {{changed}} updated ({{unplaced}} unplaced).',
  importedNothing: 'Word comments from {{file}} were imported before; nothing changed.',
  empty: 'The document {{file}} has no comments or tracked changes.',
  otherProject: 'This document was exported from another project: all its comments were imported under “Unplaced”.',
  unmarked: 'This document was not exported by Rancang Perubahan (no section markers): all its comments were imported under “Unplaced”.',
};
