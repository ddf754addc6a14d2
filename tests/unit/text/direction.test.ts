/** A text box's direction from its first strong letter, as dir="auto" decides it (shared/text/direction.ts). */
import { describe, expect, it } from 'vitest';
import { firstStrongDirection } from '../../../shared/text/direction';

describe('firstStrongDirection', () => {
  it.each([
    ['Layanan perizinan', 'ltr'],
    ['\u0627\u0644\u062E\u062F\u0645\u0629 layanan', 'rtl'],
    ['layanan \u0627\u0644\u062E\u062F\u0645\u0629', 'ltr'],
    ['1. 2) — \u05E9\u05DC\u05D5\u05DD', 'rtl'],
    ['\u202E\u200B 12 x', 'ltr'],
    ['\u0710\u0712', 'rtl'],
    ['', 'ltr'],
    ['123 — !?', 'ltr'],
    ['\u0301\u05D0', 'rtl'],
    ['世界 \u05D0', 'ltr'],
  ] as const)('%j reads %s', (text, dir) => {
    expect(firstStrongDirection(text)).toBe(dir);
  });

  it('decides a long text by its first letter, whatever follows', () => {
    const text = `Awal ${'\u05D0'.repeat(10)} ${'x\n'.repeat(200_000)}`;
    expect(firstStrongDirection(text)).toBe('ltr');
  });
});
