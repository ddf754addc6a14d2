/**
 * Building blocks for the project schema. Each helper carries its limit and its default, so a
 * field missing from an older or partial file is filled in rather than rejected, while a field
 * of the wrong type or out of range is reported.
 */
import { z } from 'zod';
import { DATE_YEARS, LIMITS } from './limits';

export const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export const id = () => z.string().regex(ID_PATTERN, { message: 'id' });

export const shortText = (max: number = LIMITS.shortText) => z.string().max(max).default('');
export const longText = () => z.string().max(LIMITS.longText).default('');

export const list = <T extends z.ZodType>(item: T, max: number) => z.array(item).max(max).default([]);

/** A score on the 1–5 scale used by APKL, USG, power/interest and likelihood/impact; null = not yet scored. */
export const score = () => z.number().int().min(1).max(5).nullable().default(null);

/** "YYYY-MM-DD" that names a real calendar day. */
export const isoDateString = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isRealDay, { message: 'date' });
export const isoDate = () => isoDateString.nullable().default(null);

function isRealDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  if (y < DATE_YEARS.min || y > DATE_YEARS.max || m < 1 || m > 12 || d < 1) return false;
  const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= daysInMonth;
}

/** ISO timestamp written by the app (savedAt, createdAt). */
export const timestamp = () => z.string().max(40).default('');

export const idList = () => list(id(), LIMITS.refs);
