/** The SIPANTAU worked example (docs/domain.md §9) as shipped in resources/samples: the test oracle. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeProjectText } from '../../../shared/model/envelope';
import type { Project } from '../../../shared/model/types';

const SAMPLE = path.resolve(import.meta.dirname, '../../../resources/samples/sipantau.rancang');

export function sipantau(): Project {
  const r = decodeProjectText(readFileSync(SAMPLE, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.value.project;
}
