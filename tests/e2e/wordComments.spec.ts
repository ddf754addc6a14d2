/**
 * A mentor returns the exported DOCX with Word comments; the participant imports it over the real
 * services and sees the notes beside the items and sections they were made on. The same DOCX twice
 * changes nothing.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { reportBytes } from '../../electron/core/report/exporter';
import { measureFontsFrom } from '../../electron/core/report/measureFonts';
import { createRasterizer } from '../../electron/core/report/rasterize';
import { DEFAULT_EXPORT_OPTIONS } from '../../shared/report/context';
import { withComments } from '../unit/wordComments/commented';
import { seriousViolations } from './support/axe';
import { ROOT } from './support/bridge';
import { readProjectOnDisk, shot } from './support/dsl';
import { expect, test } from './support/exportFixtures';
import { openSampleCopy } from './support/sample';

const FONTS = path.join(ROOT, 'renderer/public/fonts');

test('the participant imports a commented DOCX and sees the notes beside the items', async ({ app }) => {
  const { page } = app;
  const file = await openSampleCopy(app);
  // The mentor's copy: the participant's own export, commented in Word.
  const project = await readProjectOnDisk(file);
  const exported = await reportBytes({ project, kind: 'rancangan', options: DEFAULT_EXPORT_OPTIONS }, createRasterizer(FONTS), measureFontsFrom(FONTS));
  const docx = path.join(app.workDir, 'Rancangan SIPANTAU - komentar mentor.docx');
  await writeFile(
    docx,
    withComments(exported.bytes, [
      { start: 'Sekretaris DPMPTSP', from: 'rp_k_SH_03', author: 'Dr. Mentor', text: 'Apakah posisinya sudah tepat?' },
      { start: 'Banner dan backdrop launching', from: 'rp_b_BL_03', author: 'Dr. Mentor', text: 'Rincian harga perlu diperbaiki.' },
      { start: 'Dinas Penanaman Modal dan Pelayanan Terpadu', from: 'rp_s_latar_belakang', author: 'Coach Jambi', text: 'Tambahkan data pengaduan terbaru.' },
    ]),
  );

  // The import sits in the notes panel, opened from the top bar.
  await page.getByRole('button', { name: 'Ulasan (0)' }).click();
  app.dialogs.answer(docx);
  await page.getByRole('button', { name: 'Impor komentar Word' }).click();
  await expect(page.getByTestId('word-import-status')).toHaveText(
    /Komentar Word dari Rancangan SIPANTAU - komentar mentor\.docx diimpor: 3 catatan baru, 0 diperbarui \(0 tidak terpetakan\)/,
  );
  const panel = page.getByTestId('notes-panel');
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('Apakah posisinya sudah tepat?');
  await expect(panel).toContainText('Tambahkan data pengaduan terbaru.');

  // Beside the stakeholder row and the budget line the comments were made on.
  await page.locator('[data-section="stakeholder"]').click();
  await expect(panel.getByText('Stakeholder: Sekretaris DPMPTSP')).toBeVisible();
  await page.getByRole('radio', { name: 'Tabel' }).check();
  const stakeholderNotes = page.getByTestId('item-notes-SH-03');
  await expect(stakeholderNotes).toBeVisible();
  await expect(page.getByTestId('item-notes-SH-02')).toHaveCount(0);
  await stakeholderNotes.getByRole('button').first().click();
  await expect(panel).toContainText('Apakah posisinya sudah tepat?');
  await expect(panel).not.toContainText('Rincian harga');
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'word-comments-stakeholder');

  await page.locator('[data-section="anggaran"]').click();
  await expect(page.getByTestId('item-notes-BL-03')).toBeVisible();

  // The same DOCX again: nothing changes.
  app.dialogs.answer(docx);
  await page.getByRole('button', { name: 'Impor komentar Word' }).click();
  await expect(page.getByTestId('word-import-status')).toHaveText(/sudah pernah diimpor; tidak ada yang berubah/);
});
