/**
 * Bad input is refused or shown with a clear message beside the field, and nothing typed is lost:
 * scores outside 1–5, negative amounts, dates in reverse, 100,000-character texts, pasted HTML.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readProjectOnDisk } from '../support/dsl';
import { expect, test } from '../support/fixtures';
import { goTo } from './support';

const messageOf = (page: Page, field: string) => page.locator(`main .field:has([data-field="${field}"]) .message`).first();

async function newSavedProject(page: Page, app: { dialogs: { answer(p: string): void }; workDir: string }): Promise<string> {
  await page.getByRole('button', { name: 'Buat' }).click();
  const file = path.join(app.workDir, 'uji.rancang');
  app.dialogs.answer(file);
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText(/Tersimpan/);
  return file;
}

test('a score outside 1–5 stays in the box with a message and is not stored', async ({ app }) => {
  const { page } = app;
  const file = await newSavedProject(page, app);
  await goTo(page, 'isu');
  await page.getByRole('button', { name: '+ Tambah isu' }).click();
  const a = page.locator('main [data-field="apkl.A"]');
  for (const bad of ['7', '0', '2,5', 'lima']) {
    await a.fill(bad);
    await expect(a).toHaveValue(bad);
    await expect(a).toHaveAttribute('aria-invalid', 'true');
    await expect(messageOf(page, 'apkl.A')).toHaveText(/Skor harus bilangan bulat 1–5\. Isian Anda tetap di sini tetapi belum disimpan\./);
  }
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-kind', 'saved', { timeout: 10_000 });
  expect((await readProjectOnDisk(file)).issueAnalysis.issues[0]!.apklScores.A).toBeNull();
  await a.fill('4');
  await expect(messageOf(page, 'apkl.A')).toHaveCount(0);
  await expect.poll(async () => (await readProjectOnDisk(file)).issueAnalysis.issues[0]!.apklScores.A, { timeout: 10_000 }).toBe(4);
});

test('negative volumes and prices are refused beside the field; the total waits for them, the file keeps what was accepted', async ({ app }) => {
  const { page } = app;
  const file = await newSavedProject(page, app);
  await goTo(page, 'anggaran');
  await page.getByRole('button', { name: '+ Tambah baris anggaran' }).click();
  const volume = page.locator('main [data-field="volume"]');
  const price = page.locator('main [data-field="unitCost"]');
  await volume.fill('12');
  await price.fill('40.000');
  await expect(page.getByTestId('budget-total')).toHaveText('Rp480.000');
  await volume.fill('-3');
  await expect(messageOf(page, 'volume')).toContainText('Tidak boleh negatif.');
  await price.fill('-40.000');
  await expect(messageOf(page, 'unitCost')).toContainText('Tidak boleh negatif.');
  await expect(volume).toHaveValue('-3');
  await expect(page.getByTestId('budget-total')).toHaveText('Menunggu isian yang sah: Volume, baris 1; Harga satuan, baris 1');
  await expect.poll(async () => (await readProjectOnDisk(file)).budgetLines[0], { timeout: 10_000 }).toMatchObject({ volume: 12, unitCost: 40_000 });
});

test('an end date before the start is shown as an error beside it and in the readiness check', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buat' }).click();
  await goTo(page, 'milestone');
  await page.getByRole('button', { name: '+ Tambah milestone jangka pendek' }).click();
  const ms = page.locator('main tbody[data-item]').first();
  await ms.locator('[data-field="title"]').fill('Sosialisasi');
  await ms.locator('[data-field="start"]').fill('2024-04-10');
  await ms.locator('[data-field="end"]').fill('2024-04-01');
  await expect(ms.locator('.field:has([data-field="end"]) .message.error')).toHaveText('Tanggal selesai lebih awal dari tanggal mulai.');
  await expect(ms.locator('[data-field="end"]')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('readiness-toggle').click();
  const finding = page.locator('[data-code="MILESTONE_END_BEFORE_START"] button');
  await expect(finding).toContainText('Tanggal selesai milestone “Sosialisasi” lebih awal dari tanggal mulainya.');
  await finding.click();
  await expect(ms.locator('[data-field="end"]')).toBeFocused();

  await goTo(page, 'realisasi');
  const real = page.locator('main li[data-item]').first();
  await real.locator('[data-field="actualStart"]').fill('2024-04-10');
  await real.locator('[data-field="actualEnd"]').fill('2024-04-09');
  await expect(real.locator('.field:has([data-field="actualEnd"]) .message.error')).toHaveText('Tanggal selesai lebih awal dari tanggal mulai.');
  await real.locator('[data-field="achievementPct"]').fill('120');
  await expect(real.locator('.field:has([data-field="achievementPct"]) .message.error')).toContainText('Harus antara 0 dan 100.');
});

test('a 100,000-character text is kept and saved; beyond the limit it stays in the field, unsaved, with a message', async ({ app }) => {
  const { page } = app;
  const file = await newSavedProject(page, app);
  await goTo(page, 'latar-belakang');
  const text = page.locator('main [data-field="narrative.latarBelakang"]');
  const long = `${'Pelayanan perizinan yang cepat dan pasti. '.repeat(2_500)}`.slice(0, 100_000);
  await text.fill(long);
  await expect(page.locator('main .char-count')).toHaveText('100.000 karakter');
  await expect.poll(async () => (await readProjectOnDisk(file)).narrative.latarBelakang.length, { timeout: 15_000 }).toBe(100_000);

  const tooLong = long + long + 'x';
  await text.fill(tooLong);
  await expect(messageOf(page, 'narrative.latarBelakang')).toContainText('Terlalu panjang: 200.001 karakter, batasnya 200.000.');
  await expect(text).toHaveValue(tooLong);
  await page.locator('main h2').click();
  await expect(text).toHaveValue(tooLong);
  expect((await readProjectOnDisk(file)).narrative.latarBelakang.length).toBe(100_000);
});

test('pasted HTML and script are shown as text in the preview and never run', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buat' }).click();
  await goTo(page, 'latar-belakang');
  const hostile = '<script>window.__pwned = 1</script>\n\n<b>tebal?</b> <img src=x onerror="window.__pwned = 2"> **benar tebal**';
  await page.locator('main [data-field="narrative.latarBelakang"]').fill(hostile);
  await page.getByRole('button', { name: 'Tampilkan pratinjau' }).click();
  const preview = page.getByTestId('rich-preview');
  await expect(preview).toContainText('<script>window.__pwned = 1</script>');
  await expect(preview).toContainText('<b>tebal?</b> <img src=x onerror="window.__pwned = 2">');
  await expect(preview.locator('strong')).toHaveText('benar tebal');
  await expect(preview.locator('script, img, b')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // The same text as an issue statement shows as text in the APKL table.
  await goTo(page, 'isu');
  await page.getByRole('button', { name: '+ Tambah isu' }).click();
  await page.locator('main [data-field="statement"]').fill('<img src=x onerror="window.__pwned = 3">');
  await expect(page.getByTestId('apkl-table')).toContainText('<img src=x onerror="window.__pwned = 3">');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});
