/** Risk score = likelihood × impact (1–25), banded for the heat colour and the report. */
import type { Risk } from '../model/types';

export function riskScore(r: Risk): number | null {
  return r.likelihood === null || r.impact === null ? null : r.likelihood * r.impact;
}

export type RiskLevel = 'HIGH' | 'MEDIUM' | 'LOW';

export function riskLevel(score: number | null): RiskLevel | null {
  if (score === null) return null;
  if (score >= 15) return 'HIGH';
  if (score >= 8) return 'MEDIUM';
  return 'LOW';
}
