import { describe, expect, it } from 'vitest';
import { fitLine, textWidth, wrapText } from '../../../shared/charts/textMetrics';
import { escapeXml } from '../../../shared/charts/xml';

const font = { size: 12 };

describe('text measuring and wrapping', () => {
  it('measures with the Liberation Sans advance table (Arial metrics)', () => {
    // "Hello" = H 722 + e 556 + l 222 + l 222 + o 556 = 2278/1000 em.
    expect(textWidth('Hello', { size: 10 })).toBeCloseTo(22.78, 5);
    expect(textWidth('Hello', { size: 10, bold: true })).toBeGreaterThan(textWidth('Hello', { size: 10 }));
  });

  it('wraps at spaces, within the width, up to the line limit, ending in "…" when cut', () => {
    const lines = wrapText('Kepala Bidang Pelayanan Perizinan dan Non Perizinan Provinsi Jambi', 120, font, 2);
    expect(lines).toHaveLength(2);
    for (const l of lines) expect(textWidth(l, font)).toBeLessThanOrEqual(120);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(wrapText('Pendek', 120, font, 2)).toEqual(['Pendek']);
    expect(wrapText('   ', 120, font, 2)).toEqual([]);
  });

  it('breaks a word longer than the line by characters', () => {
    const lines = wrapText('x'.repeat(2_000), 100, font, 3);
    expect(lines).toHaveLength(3);
    expect(lines.every((l) => textWidth(l, font) <= 100)).toBe(true);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });

  it('fits a line with an ellipsis and escapes markup', () => {
    expect(fitLine('Context Setters (4)', 300, font)).toBe('Context Setters (4)');
    const cut = fitLine('Context Setters (4)', 60, font);
    expect(cut.endsWith('…')).toBe(true);
    expect(textWidth(cut, font)).toBeLessThanOrEqual(60);
    expect(escapeXml('<a href="x">&\'\u0000')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;');
  });
});
