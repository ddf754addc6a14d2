/**
 * What reaches the English UI from main and shared/: failures of damaged files (the schema's
 * findings, where and what), refused edits, and every error with every reason. Each is worded
 * the way the screens word it (failText, failDetails, refusalText) and must hold no Indonesian
 * sentence; the same failures in Indonesian must, so the check can see what it looks for.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../../shared/domain/commands';
import { errorText, failDetails, failText, type ErrorCode, type IoReason } from '../../../shared/errors';
import { SHARED_TEXT } from '../../../shared/i18n';
import { refusalText } from '../../../shared/i18n/notices';
import { decodeProjectText } from '../../../shared/model/envelope';
import type { Fail } from '../../../shared/result';
import { SAMPLE } from '../helpers';
import { INDONESIAN_MARKERS } from './sameInBoth';

/** The dictionary test's markers, and the words of schema findings and reasons. */
const INDONESIAN = new RegExp(
  `${INDONESIAN_MARKERS.source}|\\b(salah|seharusnya|nilai|teks|terlalu|panjang|butir|tanggal|kosong|batas|tertulis|proyek|isu|penyebab|kesenjangan|pengaruh|kepentingan|gambar|rusak|izin|penuh|kesalahan|ekspor)\\b`,
  'i',
);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a file damaged by path on purpose; the decoder is what checks it
type Env = { project: Record<string, any> };
const sample = (): Env => JSON.parse(readFileSync(SAMPLE, 'utf8'));

/** Damaged files, one finding class each. */
const DAMAGES: [string, (e: Env) => void][] = [
  ['a wrong type', (e) => (e.project.title = 42)],
  ['a text too long', (e) => (e.project.title = 'x'.repeat(100_000))],
  ['a score over its maximum', (e) => (e.project.issueAnalysis.issues[1].usg.U = 7)],
  ['a score under its minimum', (e) => (e.project.stakeholders[0].before.power = -3)],
  ['an unknown choice', (e) => (e.project.programme.code = 'PKX')],
  ['an impossible date', (e) => (e.project.milestones[0].start = '2025-02-30')],
  ['a broken id', (e) => (e.project.milestones[0].id = 'a b')],
  ['a negative amount', (e) => (e.project.budgetLines[0].unitCost = -5)],
  ['a list too long', (e) => (e.project.risks = Array.from({ length: 5_000 }, (_, i) => ({ ...e.project.risks[0], id: `R${i}` })))],
  ['an unlabelled field', (e) => (e.project.documentSettings.marginsCm = 'lebar')],
];

function damaged(change: (e: Env) => void): Fail {
  const env = sample();
  change(env);
  const r = decodeProjectText(JSON.stringify(env));
  if (r.ok) throw new Error('the damaged file opened');
  return r;
}

describe('failures shown in the English UI', () => {
  it.each(DAMAGES)('a file with %s is described in English, and in Indonesian in the Indonesian UI', (_, change) => {
    const f = damaged(change);
    // Found by the schema (with findings), or by the shape count before it (a reason).
    expect(f.findings?.length || f.params?.['reason']).toBeTruthy();
    const en = [failText(f, 'en'), ...failDetails(f, 'en')];
    expect(en.filter((s) => INDONESIAN.test(s))).toEqual([]);
    expect(en.join(' ')).not.toMatch(/\b(marginsCm|horizonLengths|phase)\b/);
    expect(failText(f, 'id')).toMatch(INDONESIAN);
  });

  it('a refused edit is described in English', () => {
    const p = JSON.parse(readFileSync(SAMPLE, 'utf8')).project;
    const r = applyCommand(p, { type: 'title/set', value: 'x'.repeat(100_000) });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const en = r.errors.map((e) => refusalText(e, 'en'));
    expect(en.filter((s) => INDONESIAN.test(s))).toEqual([]);
    expect(refusalText(r.errors[0]!, 'id')).toMatch(INDONESIAN);
  });

  it('every error with every reason reads as English', () => {
    const codes = Object.keys(SHARED_TEXT.en.errors) as ErrorCode[];
    const reasons = Object.keys(SHARED_TEXT.en.ioReasons) as IoReason[];
    const leaks: string[] = [];
    for (const code of codes)
      for (const reason of reasons) {
        const s = errorText(code, { reason, size: '41 MB', limit: '40 MB', pictures: '38 MB', version: 2, detail: '-' }, 'en');
        if (INDONESIAN.test(s)) leaks.push(`${code}/${reason}: ${s}`);
      }
    expect(leaks).toEqual([]);
  });
});
