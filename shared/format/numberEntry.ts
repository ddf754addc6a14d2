/**
 * What Indonesians type into a number box, read strictly: "2.500,50" (dot groups thousands, comma
 * is the decimal mark), "Rp 2.500", "Rp 350.000,-", and a product of factors as budget tables write
 * volumes, "3 x 20" or "3 × 20 × 2". Anything that could mean two things ("2.50": 250 or 2,5?) is
 * not a number, so the field asks instead of storing a guess.
 */

export interface NumberEntry {
  value: number;
  /** The factors when the entry was a product ("3 x 20" → [3, 20]); null for a single number. */
  factors: number[] | null;
}

/** One number: digits with optional dot groups of three, an optional decimal part after a comma. */
const SINGLE = /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$/;
const TIMES = /\s*[x×*]\s*/i;

function parseSingle(text: string): number | null {
  const t = text.replace(/\s/g, '').replace(/,-$/, '');
  if (!SINGLE.test(t)) return null;
  const n = Number(t.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** Rounds away binary noise (2,1 × 3 = 6.300000000000001) without touching real decimals. */
const clean = (n: number) => Math.round(n * 1e9) / 1e9;

export function parseNumberEntry(text: string): NumberEntry | null {
  const t = text.trim().replace(/^rp\.?\s*/i, '');
  if (t === '') return null;
  const parts = t.split(TIMES);
  if (parts.length === 1) {
    const value = parseSingle(t);
    return value === null ? null : { value, factors: null };
  }
  const factors = parts.map(parseSingle);
  if (factors.some((f) => f === null)) return null;
  const fs = factors as number[];
  return { value: clean(fs.reduce((a, b) => a * b, 1)), factors: fs };
}
