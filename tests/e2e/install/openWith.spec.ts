/**
 * The "open with" help on the start screen: shown (collapsed) only when main reports that this copy
 * did not register .rancang files, with the steps for the user's system.
 */
import { expect, test } from '@playwright/test';
import type { FileAssociationStatus } from '../../../shared/ipc';
import { startBridge } from '../support/bridge';
import { shot } from '../support/dsl';

async function startScreen(page: import('@playwright/test').Page, platform: string, status: FileAssociationStatus) {
  const app = await startBridge(page, { platform, fileAssociation: status });
  await expect(page.getByRole('heading', { name: 'Mulai proyek baru' })).toBeVisible();
  return app;
}

test('a portable Windows copy explains how to open .rancang files with the app', async ({ page }) => {
  const app = await startScreen(page, 'win32', 'unavailable');
  const help = page.getByRole('region', { name: 'Berkas .rancang belum terbuka dengan klik ganda?' });
  await expect(help).toBeVisible();
  await expect(help.getByText('Pilih “Cari aplikasi lain di PC ini”', { exact: false })).toBeHidden();
  await help.getByText('Berkas .rancang belum terbuka dengan klik ganda?').click();
  await expect(help.getByRole('listitem')).toHaveCount(3);
  await expect(help).toContainText('tombol “Buka berkas…” di atas');
  await expect(help).toContainText('Selalu gunakan aplikasi ini');
  await expect(help).toContainText('tidak memerlukan hak admin');
  await shot(page, 'install-open-with-windows');
  await app.dispose();
});

test('an AppImage copy points to the deb package', async ({ page }) => {
  const app = await startScreen(page, 'linux', 'unavailable');
  await page.getByText('Berkas .rancang belum terbuka dengan klik ganda?').click();
  await expect(page.getByRole('region', { name: 'Berkas .rancang belum terbuka dengan klik ganda?' })).toContainText('paket .deb');
  await app.dispose();
});

for (const status of ['registered', 'unknown'] as const) {
  test(`no such help when the association is ${status}`, async ({ page }) => {
    const app = await startScreen(page, 'win32', status);
    // The data folder line comes from the same appInfo answer: once it shows, the help would too.
    await expect(page.getByText('Cadangan dan karantina disimpan di:', { exact: false })).toBeVisible();
    await expect(page.getByText('Berkas .rancang belum terbuka dengan klik ganda?')).toHaveCount(0);
    await app.dispose();
  });
}
