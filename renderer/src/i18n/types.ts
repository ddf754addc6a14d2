import type { id } from './id';

/** Same keys as the Indonesian dictionary, any string values: a missing English key fails typecheck. */
type Strings<T> = { [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
export type Dictionary = Strings<typeof id>;
