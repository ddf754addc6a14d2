/**
 * The post-training screens ("Pasca pelatihan": progress, indicators, evaluation, handover) swept
 * like the drafting ones are in layout/readonly/english specs, which walk only the drafting phase:
 * someone else's file shows no active edit control; the English UI shows no Indonesian sentence of
 * the app's own; at 1366×768 (100% and 125%) nothing scrolls sideways and the top bar keeps one
 * row; axe finds nothing serious. Screenshots in test-results/screens/aftercare/.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { SHARED_TEXT } from '../../../shared/i18n';
import { sectionGroupsFor } from '../../../shared/domain/sections';
import { en as rendererEn } from '../../../renderer/src/i18n/en';
import { id as rendererId } from '../../../renderer/src/i18n/id';
import { goTo, openSampleCopy, seriousViolations } from '../sections/support';
import { expect, test } from '../support/fixtures';
import { expectNoSidewaysScroll, expectTopBarOneRow, SCREEN_SIZES } from './layout';
import { shot } from '../support/dsl';

const AFTERCARE = sectionGroupsFor('FINAL').find((g) => g.id === 'pasca')!.sections;
const shoot = (page: Page, name: string) => shot(page, `aftercare/${name}`);

/** Visible form controls in the editor a user could still change, and visible buttons that would edit. */
async function activeEditControls(page: Page): Promise<string[]> {
  return page.locator('main.editor').evaluate((main) => {
    const out: string[] = [];
    const shown = (el: Element) => el.getClientRects().length > 0;
    for (const el of main.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')) {
      // :disabled, not .disabled: a control inside a disabled fieldset is inactive without its own attribute.
      if (!shown(el) || el.matches(':disabled') || ('readOnly' in el && el.readOnly)) continue;
      // Views and filters change what is shown, not the project.
      if (el.closest('[data-view-control], fieldset.segmented, .filters') || el.type === 'search') continue;
      out.push(`${el.tagName.toLowerCase()} ${el.dataset['field'] ?? el.getAttribute('aria-label') ?? el.id}`);
    }
    const editing = /^(\+ )?(Tambah|Hapus|Sunting|Catat|Buat|Pindahkan|Naikkan|Turunkan|Unggah|Pilih gambar|Isi dari)/;
    for (const b of main.querySelectorAll('button')) {
      const name = (b.getAttribute('aria-label') ?? b.textContent ?? '').trim();
      if (shown(b) && !b.matches(':disabled') && editing.test(name)) out.push(`button "${name}"`);
    }
    return out;
  });
}

test('someone else’s file: the post-training screens show no active edit control', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await expect(page.getByTestId('readonly-banner')).toBeVisible();
  const problems: string[] = [];
  for (const id of AFTERCARE) {
    await goTo(page, id);
    problems.push(...(await activeEditControls(page)).map((c) => `${id}: ${c}`));
    expect(await seriousViolations(page), id).toEqual([]);
    await shoot(page, `readonly-${id}`);
  }
  expect(problems).toEqual([]);
  // The handover form says why it is inactive.
  await goTo(page, 'pasca-serah-terima');
  await expect(page.getByTestId('handover-readonly')).toBeVisible();
  await expect(page.getByTestId('handover-make')).toBeDisabled();
});

type Tree = { [key: string]: string | Tree };
const leaves = (t: Tree): Map<string, string> =>
  new Map(Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v]] : [...leaves(v)].map(([kk, vv]) => [`${k}.${kk}`, vv]))));
const SAMPLE = readFileSync(path.resolve(import.meta.dirname, '../../../resources/samples/sipantau.rancang'), 'utf8');

/** As tests/e2e/foundation/english.spec.ts: the fixed parts of Indonesian sentences English words differently, not in the sample's own text. */
function indonesianFragments(): string[] {
  const fragments = new Set<string>();
  for (const [id, en] of [
    [leaves(rendererId), leaves(rendererEn)],
    [leaves(SHARED_TEXT.id), leaves(SHARED_TEXT.en)],
  ] as const) {
    for (const [key, value] of id) {
      if (en.get(key) === value) continue;
      for (const part of value.split(/\{\{?\w+\}?\}/)) {
        const words = part.trim();
        if (words.split(/\s+/).length >= 3 && words.length >= 16 && !SAMPLE.includes(words)) fragments.add(words);
      }
    }
  }
  return [...fragments];
}

test('in English, no Indonesian sentence of the app’s own reaches the post-training screens', async ({ app }) => {
  const { page } = app;
  const fragments = indonesianFragments();
  await page.getByLabel('Bahasa').selectOption('en');
  await page.getByRole('button', { name: 'Open the SIPANTAU example' }).click();
  await expect(page.getByTestId('readonly-banner')).toBeVisible();
  const found: string[] = [];
  for (const id of AFTERCARE) {
    await page.locator(`.sidebar [data-section="${id}"]`).click();
    await expect(page.locator(`.sidebar [data-section="${id}"]`)).toHaveAttribute('aria-current', 'page');
    const text = await page.locator('body').innerText();
    for (const f of fragments) if (text.includes(f)) found.push(`${id}: ${f}`);
    await shoot(page, `english-${id}`);
  }
  expect(found).toEqual([]);
});

for (const size of SCREEN_SIZES.filter((s) => s.name.startsWith('1366x768'))) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale });
    test('the post-training screens fit the width, keep the top bar on one row, and are axe clean', async ({ app }) => {
      const { page } = app;
      await openSampleCopy(app);
      for (const id of AFTERCARE) {
        await goTo(page, id);
        await expectNoSidewaysScroll(page, id);
        await expectTopBarOneRow(page, id);
        expect(await seriousViolations(page), id).toEqual([]);
        await shoot(page, `${size.name}-${id}`);
      }
    });
  });
}
