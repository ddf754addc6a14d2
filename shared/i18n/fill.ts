import type { TextParams } from './types';

/** Fills `{name}` slots; a missing value leaves the slot empty rather than printing "{name}". */
export function fillIn(template: string, params: TextParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}
