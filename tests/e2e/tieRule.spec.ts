/** The tie-break rule for equal USG totals: a setting in the priority section, saved in the file, reordering a tie. */
import { editableSample, goToSection } from './boards/support';
import { readProjectOnDisk, saveStatus, shot } from './support/dsl';
import { expect, test } from './support/fixtures';

test('choosing "U lebih tinggi, lalu S, lalu G" orders a tie by U and is saved', async ({ app }) => {
  const { page } = app;
  const file = await editableSample(app);
  await goToSection(page, 'prioritas');
  const rule = page.getByLabel('Aturan bila total USG sama');
  await expect(rule).toHaveValue('DECIDE');
  // Issue 2 (U 4, S 5, G 4) gets G 5: a tie at 14 with issue 1 (U 5, S 4, G 5), decided by nobody yet.
  const ranking = page.getByTestId('usg-ranking');
  await page.getByLabel('Growth untuk isu 2').fill('5');
  await page.getByLabel('Growth untuk isu 2').press('Tab');
  await expect(ranking.locator('li').nth(0)).toHaveText(/^I\. .* total 14$/);
  await expect(ranking.locator('li').nth(1)).toHaveText(/^I\. .* total 14$/);
  await rule.selectOption('USG_ORDER');
  await expect(rule).toHaveValue('USG_ORDER');
  await expect(saveStatus(page)).toHaveAttribute('data-kind', 'saved', { timeout: 10_000 });
  await expect.poll(async () => (await readProjectOnDisk(file)).issueAnalysis.tieBreak, { timeout: 10_000 }).toBe('USG_ORDER');
  // Now the higher U puts issue 1 first and issue 2 second.
  await expect(ranking.locator('li').nth(0)).toHaveText(/^I\. .*isu 1|^I\. Isu 1/i);
  await expect(ranking.locator('li').nth(1)).toHaveText(/^II\. .* total 14$/);
  await rule.scrollIntoViewIfNeeded();
  await shot(page, 'usg-tie-rule');
});
