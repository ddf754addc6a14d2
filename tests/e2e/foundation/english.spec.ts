/**
 * The English UI, walked screen by screen over the SIPANTAU sample: no Indonesian sentence of the
 * app's own (any value of the Indonesian dictionaries that differs from its English one) may be
 * on screen. The sample's content is Indonesian and stays so; matching the dictionary's own
 * sentences, not loose words, keeps the participant's text out of the check.
 */
import { sectionIdsFor } from '../../../shared/domain/sections';
import { expect, test } from '../support/fixtures';
import { indonesianFragments } from '../support/indonesian';
import { shot } from '../support/dsl';

// The projects here are drafts: the sidebar lists the sections of the drafting phase (no post-training group).
const SECTION_IDS = sectionIdsFor('DRAFTING');

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
  await shot(page, 'english-start');
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
  await shot(page, 'english-readiness');
  expect(found).toEqual([]);
});
