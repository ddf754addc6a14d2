/**
 * NIP (Nomor Induk Pegawai): 18 digits = birth date (8) + TMT CPNS year-month (6) + gender (1) +
 * serial (3). Shown grouped "19850312 201001 2 014". Checks are warnings, never blocks: examiners
 * from outside the civil service may have none, and the form must accept what is on paper.
 */
export type NipProblem = 'LENGTH' | 'NOT_DIGITS' | 'BIRTH_DATE' | 'TMT' | 'TMT_BEFORE_ADULT' | 'GENDER';

export function nipDigits(nip: string): string {
  return nip.replace(/\s+/g, '');
}

/** "19850312 201001 2 014"; anything that is not 18 digits is returned as typed. */
export function groupNip(nip: string): string {
  const d = nipDigits(nip);
  if (!/^\d{18}$/.test(d)) return nip.trim();
  return `${d.slice(0, 8)} ${d.slice(8, 14)} ${d.slice(14, 15)} ${d.slice(15)}`;
}

export function nipProblems(nip: string): NipProblem[] {
  const d = nipDigits(nip);
  if (d === '') return [];
  if (!/^\d+$/.test(d)) return ['NOT_DIGITS'];
  if (d.length !== 18) return ['LENGTH'];
  const problems: NipProblem[] = [];
  const by = Number(d.slice(0, 4)),
    bm = Number(d.slice(4, 6)),
    bd = Number(d.slice(6, 8));
  const birthOk = by >= 1930 && by <= 2015 && bm >= 1 && bm <= 12 && bd >= 1 && bd <= new Date(Date.UTC(by, bm, 0)).getUTCDate();
  if (!birthOk) problems.push('BIRTH_DATE');
  const ty = Number(d.slice(8, 12)),
    tm = Number(d.slice(12, 14));
  const tmtOk = ty >= 1950 && ty <= 2100 && tm >= 1 && tm <= 12;
  if (!tmtOk) problems.push('TMT');
  else if (birthOk && ty * 12 + tm < (by + 18) * 12 + bm) problems.push('TMT_BEFORE_ADULT');
  if (d[14] !== '1' && d[14] !== '2') problems.push('GENDER');
  return problems;
}
