/** The two UI languages. Indonesian is the language of record; English is the second UI language. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];
