/**
 * One dictionary source for every process. shared/i18n holds the words of main (menu, dialogs),
 * of errors, notices and refusals made in shared/ and electron/core, and of the charts; the
 * renderer's screens keep theirs in renderer/src/i18n and load these beside them, so the renderer,
 * main and the charts all speak from typed id/en pairs. The report is not here: it is a formal
 * Indonesian document and speaks Indonesian whatever the UI language (shared/report/terms.ts).
 */
import { sharedEn } from './en';
import { sharedId, type SharedDictionary } from './id';
import type { Lang } from './lang';
import type { Strings } from './types';

export type { Lang } from './lang';
export { fillIn } from './fill';
export type { TextParams } from './types';
export type { SharedDictionary };

export const SHARED_TEXT: Record<Lang, Strings<SharedDictionary>> = { id: sharedId, en: sharedEn };
