import { charts } from './charts';
import { closeDialog, fileDialogs, menu, rendererDialog } from './desktop';
import { notices, pictureProblems, products, refusals } from './document';
import { errors, ioReasons } from './errors';
import { fishbone } from './fishbone';
import { schemaWords } from './schema';

/** Indonesian, the reference dictionary of everything outside the renderer's own screens. */
export const sharedId = {
  errors,
  ioReasons,
  menu,
  fileDialogs,
  closeDialog,
  rendererDialog,
  charts,
  notices,
  refusals,
  pictureProblems,
  products,
  fishbone,
  schemaWords,
};
export type SharedDictionary = typeof sharedId;
