/**
 * The renderer against the hostile corpus: every section of each file, read-only (as an examiner
 * opens another participant's file, previews open) and editable (an own copy, every preview
 * opened). No page error (the fixture fails the test on one), no blank section, no page wider
 * than the window. The timeout is a hang guard (these files froze the UI for 40–300 s), not a
 * speed check.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { sectionIdsFor } from '../../../shared/domain/sections';

// The projects here are drafts: the sidebar lists the sections of the drafting phase (no post-training group).
const SECTION_IDS = sectionIdsFor('DRAFTING');
import { combinedCase, hostileCorpus } from '../../hostile/corpus';
import { openFile, shot } from '../support/dsl';
import { expect, test } from '../support/fixtures';

const CASES = [
  combinedCase(),
  ...hostileCorpus().filter((c) => ['longWords-shortFields', 'rtlZeroWidth-names', 'fakePictures-evidence', 'lists-tight'].includes(c.id)),
];

async function visitEverySection(page: Page, label: string, openPreviews: boolean): Promise<void> {
  for (const section of SECTION_IDS) {
    await page.locator(`.sidebar [data-section="${section}"]`).click();
    const main = page.locator('main');
    await expect(main, `${label} ${section}`).toBeVisible();
    if (openPreviews) {
      // Each click turns its button into "Sembunyikan pratinjau": always take the first one left.
      const show = page.getByRole('button', { name: 'Tampilkan pratinjau' });
      while ((await show.count()) > 0) await show.first().click();
    }
    // The length is taken in the page: a hostile section's text runs to megabytes, and sending it to
    // the test process only to count it is work for nothing.
    await expect.poll(() => main.evaluate((el) => (el as HTMLElement).innerText.trim().length), { message: `${label} ${section}: blank` }).toBeGreaterThan(20);
    const wide = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(wide.scroll, `${label} ${section}: page wider than the window`).toBeLessThanOrEqual(wide.client + 2);
  }
}

for (const c of CASES) {
  test(`hostile ${c.id}: every section read-only and editable`, async ({ app }) => {
    test.setTimeout(25 * 60_000);
    const { page } = app;
    const file = path.join(app.workDir, `${c.id}.rancang`);
    writeFileSync(file, c.text);
    await openFile(app, file);
    // Written by "another installation" (the worked example's origin): it opens read-only.
    await expect(page.getByTestId('readonly-banner')).toBeVisible({ timeout: 120_000 });
    // Someone else's file opens as the document to read (renderer/src/reading), drawn from the same
    // hostile texts; then the read-only form, section by section.
    await expect(page.getByTestId('reading-view')).toBeVisible({ timeout: 120_000 });
    await page.getByRole('button', { name: 'Lihat formulir (hanya-baca)' }).click({ timeout: 120_000 });
    await visitEverySection(page, `${c.id} read-only`, false);
    await shot(page, `hostile-${c.id}-readonly`);
    app.dialogs.answer(path.join(app.workDir, `${c.id} salinan.rancang`));
    await page.getByRole('button', { name: 'Sunting salinan' }).first().click();
    await expect(page.getByTestId('readonly-banner')).toHaveCount(0, { timeout: 120_000 });
    await visitEverySection(page, `${c.id} editable`, true);
    await shot(page, `hostile-${c.id}-editable`);
  });
}
