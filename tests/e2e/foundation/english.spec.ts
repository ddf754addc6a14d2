/**
 * The English UI, walked screen by screen over the SIPANTAU sample: no Indonesian sentence of the
 * app's own (any value of the Indonesian dictionaries that differs from its English one) may be
 * on screen. The sample's content is Indonesian and stays so; matching the dictionary's own
 * sentences, not loose words, keeps the participant's text out of the check.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sectionIdsFor } from '../../../shared/domain/sections';

// The projects here are drafts: the sidebar lists the sections of the drafting phase (no post-training group).
const SECTION_IDS = sectionIdsFor('DRAFTING');
import { SHARED_TEXT } from '../../../shared/i18n';
import { en as rendererEn } from '../../../renderer/src/i18n/en';
import { id as rendererId } from '../../../renderer/src/i18n/id';
import { expect, test } from '../support/fixtures';

type Tree = { [key: string]: string | Tree };
const leaves = (t: Tree): Map<string, string> =>
  new Map(Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [...leaves(v)].map(([kk, vv]) => [`${k}.${kk}`, vv]))));

const SAMPLE = readFileSync(path.resolve(import.meta.dirname, '../../../resources/samples/sipantau.rancang'), 'utf8');

/**
 * The fixed parts (between slots) of every Indonesian sentence that English words differently,
 * less those the sample's own text contains ("Disetujui dengan perbaikan" is also a seminar note
 * in SIPANTAU): on screen the two cannot be told apart.
 */
function indonesianFragments(): string[] {
  const pairs = [
    [leaves(rendererId), leaves(rendererEn)],
    [leaves(SHARED_TEXT.id), leaves(SHARED_TEXT.en)],
  ] as const;
  const fragments = new Set<string>();
  for (const [id, en] of pairs) {
    for (const [key, value] of id) {
      if (en.get(key) === value) continue;
      for (const part of value.split(/\{\{?\w+\}?\}/)) {
        const words = part.trim();
        // Short fragments ("ke-", "Rp") could occur in the sample's own Indonesian text.
        if (words.split(/\s+/).length >= 3 && words.length >= 16 && !SAMPLE.includes(words)) fragments.add(words);
      }
    }
  }
  return [...fragments];
}

test('the English UI shows no Indonesian sentence of its own on any screen of the sample', async ({ app }) => {
  test.setTimeout(120_000); // about thirty screens, each read in full
  const { page } = app;
  const fragments = indonesianFragments();
  expect(fragments.length).toBeGreaterThan(100);
  const found: string[] = [];
  const check = async (screen: string) => {
    const text = await page.locator('body').innerText();
    for (const f of fragments) if (text.includes(f)) found.push(`${screen}: ${f}`);
  };

  await page.getByLabel('Bahasa').selectOption('en');
  await expect(page.getByRole('button', { name: 'Open the SIPANTAU example' })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/english-start.png' });
  await check('start');
  await page.getByRole('button', { name: 'Open the SIPANTAU example' }).click();
  await expect(page.getByTestId('readonly-banner')).toBeVisible();
  for (const section of SECTION_IDS) {
    await page.locator(`.sidebar [data-section="${section}"]`).click();
    await expect(page.locator(`.sidebar [data-section="${section}"]`)).toHaveAttribute('aria-current', 'page');
    await check(section);
  }
  await page.getByTestId('readiness-toggle').click();
  await check('readiness');
  await page.screenshot({ path: 'test-results/screens/english-readiness.png' });
  expect(found).toEqual([]);
});
