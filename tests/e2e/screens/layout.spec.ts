/**
 * Every section and board of the SIPANTAU sample, and every dialog reachable from them, at
 * 1366×768 (100% and 125% scaling) and 1920×1080: no sideways scrolling, dialog buttons on
 * screen; under `npm run screenshots`, pictures of each in test-results/screens/<size>/.
 */
import type { Page } from '@playwright/test';
import { sectionIdsFor } from '../../../shared/domain/sections';

// The projects here are drafts: the sidebar lists the sections of the drafting phase (no post-training group).
const SECTION_IDS = sectionIdsFor('DRAFTING');
import { expect, test } from '../support/fixtures';
import { goTo, openSampleCopy } from '../sections/support';
import { newProject, shot } from '../support/dsl';
import { expectDialogButtonsVisible, expectNoSidewaysScroll, expectTopBarOneRow, SCREEN_SIZES } from './layout';

for (const size of SCREEN_SIZES) {
  test.describe(`at ${size.name}`, () => {
    test.use({ viewport: { width: size.width, height: size.height }, deviceScaleFactor: size.scale });
    const shoot = (page: Page, name: string) => shot(page, `${size.name}/${name}`);

    test('every section fits the width', async ({ app }) => {
      const { page } = app;
      await openSampleCopy(app);
      await expectTopBarOneRow(page, 'sample');
      for (const id of SECTION_IDS) {
        await goTo(page, id);
        await expectNoSidewaysScroll(page, id);
        await shoot(page, `section-${id}`);
      }
      await goTo(page, 'stakeholder');
      for (const view of ['Tabel', 'Gambar laporan', 'Peta'] as const) {
        await page.getByRole('radio', { name: view, exact: true }).check();
        await expectNoSidewaysScroll(page, `stakeholder ${view}`);
        await shoot(page, `stakeholder-${view.replace(' ', '-').toLowerCase()}`);
      }
      await page.getByRole('radio', { name: 'Sesudah', exact: true }).check();
      await page.getByLabel('Tampilkan pergerakan sebelum → sesudah').check();
      await page.getByTestId('stakeholder-grid').scrollIntoViewIfNeeded();
      await shoot(page, 'stakeholder-movement');
      await goTo(page, 'milestone');
      await page.getByRole('radio', { name: 'Papan' }).check();
      await expectNoSidewaysScroll(page, 'milestone board');
      await shoot(page, 'milestone-board');
    });

    test('the top bar keeps one row with the longest save status', async ({ app }) => {
      const { page } = app;
      // The longest product name and a never-saved project, whose status says the draft is kept.
      await newProject(app, { programme: 'PKN_II', title: 'Transformasi Layanan Perizinan Terpadu Berbasis Data untuk Seluruh Kabupaten dan Kota' });
      await page
        .getByRole('textbox', { name: /^Judul/ })
        .first()
        .press('End');
      await page.keyboard.type(' Provinsi');
      await expect(page.getByTestId('save-status')).toContainText('draf dijaga');
      await expectTopBarOneRow(page, 'new project');
      await shoot(page, 'topbar-new-project');
    });

    test('every dialog keeps its buttons on screen', async ({ app }) => {
      const { page } = app;
      await openSampleCopy(app);
      const close = async () => {
        await page.keyboard.press('Escape');
        await expect(page.locator('dialog[open]')).toHaveCount(0);
      };

      await goTo(page, 'stakeholder');
      await page.getByRole('button', { name: 'Pindahkan ke… (KADIN Provinsi Jambi)' }).first().click();
      await expectDialogButtonsVisible(page, 'move stakeholder');
      await shoot(page, 'dialog-move-stakeholder');
      await close();
      await page.getByRole('radio', { name: 'Tabel', exact: true }).check();
      await page.getByRole('button', { name: 'Sunting Sekretaris DPMPTSP' }).click();
      await expectDialogButtonsVisible(page, 'stakeholder editor');
      await shoot(page, 'dialog-stakeholder-editor');
      await close();

      await goTo(page, 'milestone');
      await page.getByRole('radio', { name: 'Papan' }).check();
      await page
        .getByRole('button', { name: /^Pindahkan ke… MJ-01|^Pindahkan ke…/ })
        .first()
        .click();
      await expectDialogButtonsVisible(page, 'move milestone');
      await shoot(page, 'dialog-move-milestone');
      await close();

      await page.getByRole('button', { name: 'Ekspor DOCX' }).click();
      await expectDialogButtonsVisible(page, 'export');
      await shoot(page, 'dialog-export');
      await close();
    });
  });
}
