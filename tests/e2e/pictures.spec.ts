/**
 * Pictures in a project: a cover logo and evidence photos chosen through main's dialog, checked,
 * stored in the .rancang file, and placed in the exported DOCX (cover and appendix).
 */
import * as fsp from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { editableSample, goToSection } from './boards/support';
import { readProjectOnDisk, saveStatus, shot } from './support/dsl';
import { expect, test } from './support/exportFixtures';

async function png(dir: string, name: string, width: number, height: number): Promise<string> {
  const img = new PNG({ width, height });
  for (let i = 0; i < img.data.length; i += 4) img.data.set([30, 80, 140, 255], i);
  const file = path.join(dir, name);
  await fsp.writeFile(file, PNG.sync.write(img));
  return file;
}

test('a cover logo and an evidence photo go into the file and into the DOCX', async ({ app }) => {
  // Known slow: two pictures chosen, saved, then a full DOCX export with its charts read back
  // (about 32 s on a busy machine); an explicit budget instead of the suite-wide default.
  test.setTimeout(120_000);
  const { page } = app;
  const file = await editableSample(app);
  await goToSection(page, 'dokumen');
  app.dialogs.answer(await png(app.workDir, 'logo-pemprov.png', 120, 140));
  await page.getByRole('button', { name: 'Pilih logo…' }).click();
  await expect(page.getByTestId('logo-preview')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Logo pada sampul: logo-pemprov.png' })).toBeVisible();

  await goToSection(page, 'milestone');
  const row = page.locator('tbody[data-item="MP-07"]');
  await row.getByRole('button', { name: /Rincian/ }).click();
  // A file that only says it is a picture is refused beside the button, and nothing is added.
  const fake = path.join(app.workDir, 'foto.png');
  await fsp.writeFile(fake, 'bukan gambar');
  app.dialogs.answer(fake);
  await row.getByRole('button', { name: 'Tambah gambar bukti…' }).click();
  await expect(row.getByRole('alert')).toContainText('bukan gambar PNG atau JPEG');
  app.dialogs.answer(await png(app.workDir, 'launching.png', 400, 300));
  await row.getByRole('button', { name: 'Tambah gambar bukti…' }).click();
  // The sample's illustrative launch picture comes first; the new one is the last.
  const caption = row.locator('[data-picture] [data-field="caption"]').last();
  await expect(caption).toBeFocused();
  await caption.fill('Launching SIPANTAU oleh Kepala Dinas');
  await shot(page, 'pictures-evidence');

  await expect(saveStatus(page)).toHaveAttribute('data-kind', 'saved', { timeout: 10_000 });
  // The sample's three illustrative evidence pictures, the logo and the new photo.
  await expect.poll(async () => (await readProjectOnDisk(file)).attachments.length).toBe(5);
  const p = await readProjectOnDisk(file);
  const logo = p.attachments.find((a) => a.id === p.documentSettings.logoAttachmentId)!;
  expect(logo).toMatchObject({ name: 'logo-pemprov.png', mime: 'image/png' });
  expect(p.attachments.filter((a) => a.milestoneId === 'MP-07').at(-1)).toMatchObject({ caption: 'Launching SIPANTAU oleh Kepala Dinas', mime: 'image/png' });

  await page.keyboard.press('Control+e');
  const d = page.getByTestId('export-dialog');
  await d.getByLabel(/^Rancangan Aksi Perubahan Kinerja Pelayanan/).check();
  const target = path.join(app.workDir, 'dengan-gambar');
  app.dialogs.answer(target);
  await page.getByTestId('export-run').click();
  await expect(d).toHaveAttribute('data-step', 'done', { timeout: 60_000 });
  const files = unzipSync(readFileSync(`${target}.docx`));
  const media = Object.keys(files).filter((f) => f.startsWith('word/media/'));
  // Five charts (fishbone, schedule, team, two stakeholder maps), the logo and four evidence pictures (the sample's three and the new one).
  expect(media).toHaveLength(10);
  expect(strFromU8(files['word/document.xml']!)).toContain('Launching SIPANTAU oleh Kepala Dinas');

  // Removing the logo removes the picture from the project too.
  await page.getByRole('button', { name: 'Tutup' }).click();
  await goToSection(page, 'dokumen');
  await page.getByRole('button', { name: 'Hapus logo' }).click();
  await expect(page.getByTestId('logo-preview')).toHaveCount(0);
  await expect.poll(async () => (await readProjectOnDisk(file)).attachments.length, { timeout: 10_000 }).toBe(4);
});
