/**
 * Power (pengaruh) × interest (kepentingan) grid on the 1–5 scale (docs/domain.md §5.2–5.3).
 * High ⇔ score ≥ threshold (default 3, inclusive, which errs toward more engagement).
 */
import type { Quadrant, QuadrantNaming } from '../model/enums';
import type { Stakeholder, StakeholderPosition } from '../model/types';

export function quadrantOf(power: number | null, interest: number | null, threshold: number): Quadrant | null {
  if (power === null || interest === null) return null;
  const highPower = power >= threshold;
  const highInterest = interest >= threshold;
  if (highPower && highInterest) return 'KEY_PLAYER';
  if (highPower) return 'CONTEXT_SETTER';
  if (highInterest) return 'SUBJECT';
  return 'CROWD';
}

export function positionQuadrant(pos: StakeholderPosition, threshold: number): Quadrant | null {
  return quadrantOf(pos.power, pos.interest, threshold);
}

export const QUADRANT_NAMES: Record<QuadrantNaming, Record<Quadrant, string>> = {
  KEY_PLAYERS: { KEY_PLAYER: 'Key Players', CONTEXT_SETTER: 'Context Setters', SUBJECT: 'Subjects', CROWD: 'Crowd' },
  PROMOTERS: { KEY_PLAYER: 'Promoters', CONTEXT_SETTER: 'Latents', SUBJECT: 'Defenders', CROWD: 'Apathetics' },
};

/** Indonesian strategy suggested per quadrant (Mendelow: manage closely, keep satisfied, keep informed, monitor). */
export const QUADRANT_STRATEGY: Record<Quadrant, string> = {
  KEY_PLAYER: 'Kelola secara dekat: libatkan dalam keputusan, rapat rutin, laporan kemajuan',
  CONTEXT_SETTER: 'Jaga kepuasan dan bangun minat: audiensi, nota dinas, tunjukkan manfaat bagi mereka',
  SUBJECT: 'Informasikan dan berdayakan: sosialisasi, grup WhatsApp, pelatihan singkat',
  CROWD: 'Pantau: informasi umum seperlunya',
};

/** The stakeholder's own strategy, or the suggestion for where they stand now. */
export function effectiveStrategy(s: Stakeholder, threshold: number): string {
  if (s.strategy.trim()) return s.strategy;
  const q = positionQuadrant(s.before, threshold);
  return q ? QUADRANT_STRATEGY[q] : '';
}

export interface QuadrantCounts {
  KEY_PLAYER: number;
  CONTEXT_SETTER: number;
  SUBJECT: number;
  CROWD: number;
}

export function quadrantCounts(stakeholders: Stakeholder[], which: 'before' | 'after', threshold: number): QuadrantCounts {
  const counts: QuadrantCounts = { KEY_PLAYER: 0, CONTEXT_SETTER: 0, SUBJECT: 0, CROWD: 0 };
  for (const s of stakeholders) {
    const q = positionQuadrant(s[which], threshold);
    if (q) counts[q]++;
  }
  return counts;
}

/** Stakeholders whose quadrant changed from before to after: the movement examiners look for. */
export function movedStakeholders(stakeholders: Stakeholder[], threshold: number): string[] {
  return stakeholders
    .filter((s) => {
      const a = positionQuadrant(s.before, threshold);
      const b = positionQuadrant(s.after, threshold);
      return a !== null && b !== null && a !== b;
    })
    .map((s) => s.id);
}
