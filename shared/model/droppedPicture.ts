/**
 * A picture left out when a file is opened, told as a code with its place (the n-th attached
 * picture and its name), never as a sentence: the notice is worded where it is shown, in the UI
 * language (shared/i18n/notices.ts), so the English UI gets no Indonesian detail.
 */
import { notice, type Notice } from '../i18n/notices';
import type { pictureProblems } from '../i18n/id/document';

export type PictureProblem = Exclude<keyof typeof pictureProblems, 'where'>;

export interface DroppedPicture {
  id: string;
  /** 1-based position among the file's attached pictures. */
  n: number;
  name: string;
  problem: PictureProblem;
  /** The type it claims to be, for WRONG_TYPE ("PNG"). */
  type?: string;
}

export function droppedPicture(a: { id: string; name: string }, index: number, problem: PictureProblem, type?: string): DroppedPicture {
  return { id: a.id, n: index + 1, name: a.name || a.id, problem, ...(type ? { type } : {}) };
}

export const pictureDroppedNotice = (d: DroppedPicture): Notice =>
  notice('PICTURE_DROPPED', { n: d.n, name: d.name, problem: d.problem, ...(d.type ? { type: d.type } : {}) });
