/** The readiness panel lists what an examiner would flag and takes the user to the field to fix. */
import { expect, test } from '../support/fixtures';
import { openSampleBeforeRealisation } from '../support/sample';
import { shot } from '../support/dsl';

test('a finding takes the user to the field to fix', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buat' }).click();
  const toggle = page.getByTestId('readiness-toggle');
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // A brand-new project starts calm: nothing "must be fixed" yet, only parts not filled in.
  await expect(toggle).toHaveText(/\(0 harus diperbaiki, 0 saran, \d+ belum diisi\)/);
  await expect(toggle).not.toHaveClass(/has-errors/);
  await toggle.click();
  const panel = page.getByTestId('readiness-panel');
  await expect(panel.getByRole('heading', { name: 'Pemeriksaan kesiapan' })).toBeVisible();
  const noTitle = panel.locator('[data-code="NO_TITLE"] button');
  await expect(noTitle).toContainText('Judul belum diisi.');
  await expect(noTitle).toContainText('Belum diisi');
  await expect(panel.locator('li.finding[data-level="must"]')).toHaveCount(0);
  await shot(page, 'sections-readiness-new-project');
  await noTitle.click();
  await expect(page.locator('[data-field="title"]')).toBeFocused();
  await page.keyboard.type('Judul Uji');
  await expect(panel.locator('[data-code="NO_TITLE"]')).toHaveCount(0);
  // Identity is being written now: its missing signer names must be fixed before the seminar.
  await expect(panel.locator('[data-code="PERSON_NAME_MISSING"]').first()).toHaveAttribute('data-level', 'must');
  await expect(toggle).toHaveClass(/has-errors/);
  await expect(page.locator('.sidebar [data-section="identitas"] [data-testid="section-progress"]')).toHaveText(/^\d+%, \d+% lengkap$/);
  await shot(page, 'sections-readiness-panel');
});

test('the SIPANTAU sample is ready as a rancangan and as a laporan; before realisation the laporan lacks only that', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await page.getByTestId('readiness-toggle').click();
  const panel = page.getByTestId('readiness-panel');
  // The finished sample checks for the laporan first: its phase is past the seminar laporan.
  await expect(panel.getByLabel('Periksa untuk')).toHaveValue('laporan');
  await expect(panel.getByText('Tidak ada temuan.')).toBeVisible();
  await panel.getByLabel('Periksa untuk').selectOption('rancangan');
  await expect(panel.getByText('Tidak ada temuan.')).toBeVisible();

  await page.getByRole('button', { name: 'Ke layar awal' }).click();
  await openSampleBeforeRealisation(app);
  await page.getByTestId('readiness-toggle').click();
  await expect(panel.getByLabel('Periksa untuk')).toHaveValue('laporan');
  await expect(panel.locator('[data-code="MILESTONE_NO_REALISATION"]')).toHaveCount(7);
  await expect(panel.locator('[data-code="MILESTONE_NO_REALISATION"][data-level="empty"]')).toHaveCount(7);
  await expect(panel.locator('li.finding')).toHaveCount(7);
});
