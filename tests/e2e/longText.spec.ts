/**
 * Tables and pictures in long texts, and the fishbone: a table pasted from a web page (HTML) and
 * from a spreadsheet (tab-separated) becomes a pipe table — the page's script, style and remote
 * picture dropped — a picture chosen through main's dialog lands in the text with its caption,
 * and the root causes are drawn as a fishbone in their section.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import type { Locator } from '@playwright/test';
import { PNG } from 'pngjs';
import { axeViolations, editableSample, goToSection } from './boards/support';
import { readProjectOnDisk, saveStatus, shot } from './support/dsl';
import { expect, test } from './support/exportFixtures';

/** A paste event as Chromium fires it for Ctrl+V, with the given clipboard contents. */
async function paste(target: Locator, data: Record<string, string>): Promise<void> {
  await target.focus();
  await target.evaluate((el, d) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(d)) transfer.setData(type, value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

const WEB_TABLE = `<meta charset="utf-8"><style>td{background:url(https://evil.example/bg.png)}</style>
<table><thead><tr><th>Bulan</th><th>Pengaduan</th></tr></thead><tbody>
<tr><td>Januari<script>window.__pasted = true</script></td><td><img src="https://evil.example/x.png" onerror="window.__pasted = true">12</td></tr>
<tr><td>Februari</td><td>7<table><tr><td>bersarang</td></tr></table></td></tr></tbody></table>`;

test('a table pasted from a web page and from a spreadsheet, a picture with its caption, and the fishbone', async ({ app }) => {
  test.setTimeout(90_000);
  const { page } = app;
  const file = await editableSample(app);
  await goToSection(page, 'latar-belakang');
  const text = page.locator('main [data-field="narrative.latarBelakang"]');
  await text.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
  await paste(text, { 'text/html': WEB_TABLE, 'text/plain': 'Bulan\tPengaduan\nJanuari\t12\nFebruari\t7' });
  // The caption is selected, ready to type over.
  await page.keyboard.type('Pengaduan Layanan per Bulan');
  await expect(text).toHaveValue(
    /\n\nTabel: Pengaduan Layanan per Bulan\n\| Bulan \| Pengaduan \|\n\| --- \| --- \|\n\| Januari \| 12 \|\n\| Februari \| 7 \|$/,
  );
  const value = await text.inputValue();
  for (const bad of ['script', 'evil.example', 'style', 'bersarang', '__pasted']) expect(value).not.toContain(bad);
  expect(await page.evaluate(() => (window as unknown as { __pasted?: boolean }).__pasted)).toBeUndefined();
  await expect(page.getByTestId('announcer')).toHaveText(/Tabel ditempel: 2 baris, 2 kolom/);

  // Tab-separated data as Excel puts it on the clipboard (no HTML table), into the profile.
  await goToSection(page, 'profil-organisasi');
  const profile = page.locator('main [data-field="narrative.profilOrganisasi"]');
  await profile.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(0, 0));
  await paste(profile, { 'text/plain': 'Bidang\tPegawai\r\nPerizinan\t14\r\n"Pengaduan\r\ndan informasi"\t6\r\n' });
  await expect(profile).toHaveValue(
    /^Tabel: Judul tabel\n\| Bidang \| Pegawai \|\n\| --- \| --- \|\n\| Perizinan \| 14 \|\n\| Pengaduan dan informasi \| 6 \|\n\n/,
  );

  // A picture through main's dialog, placed after the table with its caption selected.
  await goToSection(page, 'latar-belakang');
  const field = page.locator('main .rich-text').filter({ has: page.locator('[data-field="narrative.latarBelakang"]') });
  await text.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(el.value.length, el.value.length));
  const img = new PNG({ width: 320, height: 200 });
  for (let i = 0; i < img.data.length; i += 4) img.data.set([40, 110, 60, 255], i);
  const picture = path.join(app.workDir, 'alur-layanan.png');
  await fsp.writeFile(picture, PNG.sync.write(img));
  app.dialogs.answer(picture);
  await field.getByRole('button', { name: 'Sisipkan gambar…' }).click();
  await expect(text).toHaveValue(/\n\n!\[alur-layanan\]\(gambar:[A-Za-z0-9_-]+\)$/);
  await expect(text).toBeFocused();
  await page.keyboard.type('Alur Layanan Perizinan Saat Ini');
  await expect(text).toHaveValue(/!\[Alur Layanan Perizinan Saat Ini\]\(gambar:[A-Za-z0-9_-]+\)$/);

  await field.getByRole('button', { name: 'Tampilkan pratinjau' }).click();
  const preview = field.getByTestId('rich-preview');
  await expect(preview.getByTestId('rt-table').locator('tbody tr')).toHaveCount(2);
  await expect(preview.getByTestId('rt-table').locator('figcaption')).toContainText('Pengaduan Layanan per Bulan');
  await expect(preview.getByTestId('rt-picture').getByRole('img', { name: 'Alur Layanan Perizinan Saat Ini' })).toBeVisible();
  await preview.getByTestId('rt-table').scrollIntoViewIfNeeded();
  await shot(page, 'long-text-table-picture');
  expect(await axeViolations(page)).toEqual([]);

  await expect(saveStatus(page)).toHaveAttribute('data-kind', 'saved', { timeout: 10_000 });
  await expect
    .poll(async () => (await readProjectOnDisk(file)).attachments.filter((a) => a.inText).map((a) => a.name), { timeout: 10_000 })
    .toEqual(['alur-layanan.png']);
  const saved = await readProjectOnDisk(file);
  const id = saved.attachments.find((a) => a.inText)!.id;
  expect(saved.narrative.latarBelakang).toContain(`![Alur Layanan Perizinan Saat Ini](gambar:${id})`);
  expect(saved.narrative.profilOrganisasi).toContain('| Pengaduan dan informasi | 6 |');

  // The root causes drawn as a fishbone in their section, with every cause.
  await goToSection(page, 'akar-masalah');
  const fishbone = page.getByTestId('fishbone-chart');
  await fishbone.scrollIntoViewIfNeeded();
  await expect(fishbone.locator('svg')).toBeVisible();
  for (const cause of saved.rootCauses.causes) await expect(fishbone.locator('svg')).toContainText(cause.text.split(' ')[0]!);
  await shot(page, 'root-causes-fishbone');
  expect(await axeViolations(page)).toEqual([]);
});
