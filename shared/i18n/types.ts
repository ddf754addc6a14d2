/**
 * Same keys as the Indonesian dictionary, any string values: an English dictionary typed with it
 * fails typecheck when it misses a key or adds one, so neither language can fall behind.
 */
export type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** Values for the `{name}` slots of a sentence. */
export type TextParams = Record<string, string | number>;
