import type { SharedDictionary } from '../id';
import type { Strings } from '../types';
import { charts } from './charts';
import { closeDialog, fileDialogs, menu, rendererDialog } from './desktop';
import { notices, pictureProblems, products, refusals } from './document';
import { errors, ioReasons } from './errors';
import { fishbone } from './fishbone';
import { schemaWords } from './schema';

export const sharedEn: Strings<SharedDictionary> = {
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
