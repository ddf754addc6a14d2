/** The participant's choices: which parts and in what order, the themes (one from the organiser's logo), and the time estimate. */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { dominantColour, logoColour } from '../../../electron/core/slides/logoColour';
import { buildDeck } from '../../../shared/slides/buildDeck';
import { chosenSections, DEFAULT_SECTIONS, presentationMinutes, SEMINAR_MINUTES } from '../../../shared/slides/sections';
import { contrastWithWhite, themeFor } from '../../../shared/slides/themes';
import { deck, sample, unzip, xmlOf } from './support';

/** A logo: white ground, a circle in the organiser's colour, a little black text-like bar. */
function logoPng(rgb: [number, number, number]): Uint8Array {
  const png = new PNG({ width: 120, height: 120 });
  for (let y = 0; y < 120; y++) {
    for (let x = 0; x < 120; x++) {
      const i = (y * 120 + x) * 4;
      const inCircle = (x - 60) ** 2 + (y - 50) ** 2 < 35 ** 2;
      const bar = y > 100 && y < 108 && x > 20 && x < 100;
      const c = inCircle ? rgb : bar ? [0, 0, 0] : [255, 255, 255];
      png.data.set([...c, 255], i);
    }
  }
  return new Uint8Array(PNG.sync.write(png));
}

describe('deck choices', () => {
  it('keeps the parts chosen, in the order chosen, and falls back to the default when nothing is chosen', () => {
    const p = sample();
    const d = buildDeck(p, { kind: 'rancangan', sections: ['closing', 'idea', 'title', 'nonsense', 'idea'] });
    expect([...new Set(d.slides.map((s) => s.section))]).toEqual(['closing', 'idea', 'title']);
    expect(chosenSections('laporan', [])).toEqual(DEFAULT_SECTIONS.laporan);
  });

  it('estimates the minutes from the slides, and the default SIPANTAU decks are near the ten minutes a seminar gives', () => {
    expect(presentationMinutes(['title', 'closing'])).toBe(0.5);
    const d = buildDeck(sample(), { kind: 'rancangan' });
    expect(Math.abs(d.minutes - SEMINAR_MINUTES)).toBeLessThanOrEqual(2);
  });

  it('finds the organiser colour in a logo and makes it readable under white text', async () => {
    expect(dominantColour(logoPng([0, 122, 61]), 'png')).toBe('007A3D');
    // A light yellow logo is darkened until white text on it reaches 4.5:1.
    const yellow = themeFor('logo', 'F2D43A');
    expect(contrastWithWhite(yellow.accent)).toBeGreaterThanOrEqual(4.5);
    expect(themeFor('logo', null).accent).toBe(themeFor('biru').accent);

    const p = sample();
    p.attachments = [
      { id: 'att-logo', name: 'logo.png', mime: 'image/png', data: Buffer.from(logoPng([160, 20, 30])).toString('base64'), caption: '', milestoneId: null },
    ];
    p.documentSettings.logoAttachmentId = 'att-logo';
    expect(logoColour(p)).toBe('A0141E');
    const { deck: model, bytes } = await deck(p, { kind: 'rancangan', theme: 'logo' });
    expect(model.theme.accent).toBe('A0141E');
    const files = unzip(bytes);
    expect(xmlOf(files, 'ppt/slides/slide1.xml')).toContain('<a:srgbClr val="A0141E"/>');
    // The logo itself sits on the title slide.
    expect(Object.keys(files).filter((f) => f.startsWith('ppt/media/')).length).toBe(5);
  });
});
