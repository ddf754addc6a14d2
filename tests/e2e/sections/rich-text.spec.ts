/** Long texts: the toolbar and its shortcuts write the Markdown subset, and the preview shows what the report prints. */
import { expect, test } from '../support/fixtures';
import { goTo } from './support';
import { shot } from '../support/dsl';

test('bold with Ctrl+B, italic from the toolbar, a numbered list, and the preview of it all', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buat' }).click();
  await goTo(page, 'ruang-lingkup');
  const text = page.locator('main [data-field="narrative.ruangLingkup"]');
  await text.click();
  await page.keyboard.type('Layanan informasi status izin');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Control+b');
  await expect(text).toHaveValue('Layanan informasi status **izin**');
  await page.keyboard.press('End');
  await page.keyboard.type('.\nSektor perdagangan\nSektor lingkungan hidup');
  await page.keyboard.press('Shift+ArrowUp');
  await page.keyboard.press('Shift+Home');
  await page.getByRole('toolbar', { name: 'Format teks Ruang lingkup' }).getByRole('button', { name: 'Daftar nomor' }).click();
  await expect(text).toHaveValue('Layanan informasi status **izin**.\n\n1. Sektor perdagangan\n2. Sektor lingkungan hidup');
  await text.press('Control+End');
  await page.keyboard.type(' *(2022)*');

  await page.getByRole('button', { name: 'Tampilkan pratinjau' }).click();
  const preview = page.getByTestId('rich-preview');
  await expect(preview.locator('p').nth(1)).toHaveText('Layanan informasi status izin.');
  await expect(preview.locator('strong')).toHaveText('izin');
  await expect(preview.locator('ol > li')).toHaveText(['Sektor perdagangan', 'Sektor lingkungan hidup (2022)']);
  await expect(preview.locator('ol em')).toHaveText('(2022)');
  await shot(page, 'sections-rich-text-preview');
});
