import type { closeDialog as idClose, fileDialogs as idDialogs, menu as idMenu, rendererDialog as idRendererDialog } from '../id/desktop';
import type { Strings } from '../types';

export const menu: Strings<typeof idMenu> = {
  file: 'File',
  new: 'New',
  open: 'Open…',
  save: 'Save',
  saveAs: 'Save As…',
  export: 'Export DOCX Report…',
  quit: 'Quit',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  view: 'View',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  resetZoom: 'Actual Size',
  fullscreen: 'Full Screen',
  help: 'Help',
  about: 'About Rancang Perubahan',
  close: 'Close Window',
};

export const fileDialogs: Strings<typeof idDialogs> = {
  open: 'Open change project',
  save: 'Save change project',
  export: 'Save DOCX report',
  project: 'Rancang Perubahan file',
  word: 'Word document',
  picture: 'Choose a picture',
  pictures: 'PNG/JPEG picture',
  exportSlides: 'Save PPTX slides',
  powerpoint: 'PowerPoint presentation',
  exportPoster: 'Save PDF poster',
  pdf: 'PDF document',
  cohort: "Choose the participants' folder",
  cohortSave: 'Save cohort table',
  cohortReports: "Choose a folder for every participant's report",
  xlsx: 'Excel workbook',
  csv: 'CSV text',
  docx: 'Word document',
  review: 'Import a review file',
  wordComments: 'Import Word comments',
  reviews: 'Rancang Perubahan review file',
  assessmentTemplate: 'Load assessment format',
  assessmentTemplates: 'Assessment format (JSON or Excel)',
};

export const rendererDialog: Strings<typeof idRendererDialog> = {
  hungMessage: 'The Rancang Perubahan window is not responding.',
  hungDetail:
    'Wait a moment, or reload the window. What you typed is kept: the project is saved automatically, and a project never saved is offered back as a draft.',
  goneMessage: 'The Rancang Perubahan window stopped unexpectedly.',
  goneDetail: 'Reload the window to carry on. The project is saved automatically, and a project never saved is offered back as a draft.',
  reload: 'Reload',
  wait: 'Wait',
  close: 'Close the app',
};

export const closeDialog: Strings<typeof idClose> = {
  save: 'Save',
  discard: "Don't save",
  cancel: 'Cancel',
  message: 'There are unsaved changes.',
  detail: 'Save before closing? Otherwise changes since the last save are lost.',
};
