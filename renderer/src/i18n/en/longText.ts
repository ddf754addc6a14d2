import type { Dictionary } from '../types';

/** Tables and pictures inside long texts: the editor's buttons, pasting, and the preview's labels. */
export const longText: Dictionary['longText'] = {
  tableLabel: 'Table:',
  pictureLabel: 'Picture:',
  noCaption: 'untitled',
  pictureMissing: 'This picture is no longer in the project.',
  insertPicture: 'Insert a picture…',
  tableCaption: 'Table title',
  pasted: 'Table pasted: {{rows}} rows, {{columns}} columns. Write its title on the “Tabel:” line.',
  pastedCut: 'Table pasted but cut: at most {{rows}} rows, {{columns}} columns and {{chars}} characters per cell.',
  pictureAdded: 'Picture {{name}} inserted. Change its caption between [ and ].',
  syntax: 'Tables: paste from Excel, Word or a browser, or write rows | cell | cell |. Pictures: the Insert a picture button.',
};
