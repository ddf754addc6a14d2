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

/**
 * The sample as it stood mid-way through the off-campus weeks: implementation started, nothing of
 * the short-term plan realised, no evidence, the seminar laporan still ahead. The oracle for what a
 * laporan lacks before it is ready (the shipped sample is a finished project).
 */
export function sipantauBeforeRealisation(): Project {
  const p = sipantau();
  p.phase = 'IMPLEMENTATION';
  for (const m of p.milestones.filter((x) => x.horizon === 'PENDEK'))
    Object.assign(m, { status: 'PLANNED', actualStart: null, actualEnd: null, achievementPct: null, notes: '' });
  p.attachments = p.attachments.filter((a) => a.milestoneId === null);
  for (const r of p.risks) Object.assign(r, { occurred: null, actualHandling: '' });
  for (const i of p.goals.PENDEK.indicators) i.realised = '';
  p.seminars.LAPORAN = { date: p.seminars.LAPORAN.date, outcome: 'BELUM', notes: '', revisionNotes: [] };
  return p;
}
