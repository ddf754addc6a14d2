/** The user's local calendar day, read when a post-training screen renders (due and late are relative to it). */
import { localDay } from '../../../shared/domain/postTraining/due';

export const today = (): string => localDay(new Date());

/** "70%" / "93,3%" in the UI language. */
export const percent = (n: number | null, lang: 'id' | 'en'): string =>
  n === null ? '–' : `${n.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 })}%`;
