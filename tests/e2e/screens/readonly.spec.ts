/**
 * The examiner's read-only view reads like a document: no editing controls in any section, and
 * every text shown whole (no single-line box cutting a long title). Screenshots of every section.
 */
import { sectionIdsFor } from '../../../shared/domain/sections';

// The projects here are drafts: the sidebar lists the sections of the drafting phase (no post-training group).
const SECTION_IDS = sectionIdsFor('DRAFTING');
import { expect, test } from '../support/fixtures';
import { goTo, seriousViolations } from '../sections/support';
import { shot } from '../support/dsl';

const EDITING = /^(\+ )?(Tambah|Hapus|Sunting|Pindahkan|Nomori ulang|Naikkan|Turunkan|Salin posisi)|^[↑↓×✕]$/;

test('the read-only SIPANTAU shows no editing controls and cuts no text', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await expect(page.getByTestId('readonly-banner')).toBeVisible();
  const problems: string[] = [];
  for (const id of SECTION_IDS) {
    await goTo(page, id);
    const found = await page.locator('main.editor').evaluate((main, pattern) => {
      const re = new RegExp(pattern);
      const out: string[] = [];
      for (const b of main.querySelectorAll('button')) {
        const name = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
        if (re.test(name) && b.getClientRects().length > 0) out.push(`button "${name}"`);
      }
      for (const el of main.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input[type="text"], input:not([type]), textarea')) {
        if (el.getClientRects().length === 0) continue;
        if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
          out.push(`cut text in ${el.dataset['field'] ?? el.id}: "${el.value.slice(0, 40)}…"`);
      }
      return out;
    }, EDITING.source);
    problems.push(...found.map((f) => `${id}: ${f}`));
    await shot(page, `readonly/section-${id}`);
  }
  await goTo(page, 'stakeholder');
  await page.getByRole('radio', { name: 'Tabel', exact: true }).check();
  await shot(page, 'readonly/stakeholder-table');
  await expect(page.locator('main.editor').getByRole('button', { name: EDITING })).toHaveCount(0);
  await goTo(page, 'milestone');
  await page.getByRole('radio', { name: 'Papan' }).check();
  await shot(page, 'readonly/milestone-board');
  await expect(page.locator('main.editor').getByRole('button', { name: EDITING })).toHaveCount(0);
  expect(problems).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);
});
