/**
 * The migration registry: step N turns an envelope of format N into format N+1. Steps run in
 * order up to CURRENT_SCHEMA_VERSION before validation, so the schema only ever sees the newest
 * shape. Add a step (and an old-version fixture in tests/fixtures) whenever the format changes.
 */
import { migrate1to2 } from './v1';
import { migrate2to3 } from './v2';

type Obj = Record<string, unknown>;

export const CURRENT_SCHEMA_VERSION = 3;

export const MIGRATIONS: Record<number, (data: Obj) => Obj> = {
  1: migrate1to2,
  2: migrate2to3,
};

export function migrate(data: Obj, fromVersion: number): Obj {
  let current = data;
  for (let v = fromVersion; v < CURRENT_SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from format ${v}`);
    current = step(current);
  }
  return current;
}
