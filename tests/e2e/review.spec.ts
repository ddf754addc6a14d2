/**
 * The mentor and examiner loop over the real services (issue 13, items 3 and 5): a mentor opens a
 * participant's SIPANTAU read-only (the reading view first), says who they are, writes notes on a
 * section, a milestone card and a stakeholder, sets the section's verdict and saves the review
 * beside the project without touching it; the participant imports the review (twice: nothing
 * changes the second time), answers, marks done, and exports the laporan: its lampiran holds the
 * follow-up. Both screens axe-checked and shot at 1366×768.
 */
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { decodeProjectText } from '../../shared/model/envelope';
import { decodeReviewText } from '../../shared/review/envelope';
import { SAMPLE, startBridge } from './support/bridge';
import { expect, test } from './support/exportFixtures';
import { seriousViolations } from './support/axe';
import { goTo } from './sections/support';
import { shot } from './support/dsl';

test('a mentor’s notes reach the participant’s screen and the laporan without retyping', async ({ app, browser }) => {
  test.setTimeout(180_000);
  const folder = await fsp.mkdtemp(path.join(os.tmpdir(), 'rancang-ulasan-'));
  const file = path.join(folder, 'SIPANTAU.rancang');
  await fsp.copyFile(SAMPLE, file);
  const sample = decodeProjectText(await fsp.readFile(file, 'utf8'));
  if (!sample.ok) throw new Error(sample.message);
  const project = sample.value.project;
  const milestone = project.milestones[0]!;
  const stakeholder = project.stakeholders[0]!;
  const before = await fsp.readFile(file);

  // ── The mentor, on another computer (own data folder, own settings). ──
  const mentorPage = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const mentor = await startBridge(mentorPage);
  try {
    const page = mentorPage;
    mentor.dialogs.answer(file);
    await page.getByRole('button', { name: 'Buka berkas…' }).click();
    await page.getByRole('button', { name: 'Bukan, buka hanya-baca' }).click();
    await expect(page.getByTestId('readonly-banner')).toBeVisible();
    // Someone else's file opens as the document to read.
    await expect(page.getByTestId('reading-view')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Lihat formulir (hanya-baca)' })).toBeVisible();

    await page.getByRole('button', { name: 'Ulas berkas ini' }).click();
    const identity = page.getByRole('dialog', { name: 'Siapa Anda sebagai pengulas?' });
    await identity.getByRole('button', { name: 'Mulai mengulas' }).click();
    await expect(identity.getByText('Isi nama Anda.')).toBeVisible();
    await identity.getByLabel('Nama lengkap dan gelar').fill('Dr. Rahmat Hidayat, M.Si.');
    await identity.getByLabel('Peran').selectOption('MENTOR');
    await identity.getByLabel('NIP (boleh dikosongkan)').fill('197001012000031001');
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'review-identity');
    await identity.getByRole('button', { name: 'Mulai mengulas' }).click();
    await expect(identity).toBeHidden();
    const panel = page.getByTestId('notes-panel');
    await expect(panel).toBeVisible();
    // Reviewing starts where the reader is (the reading view has its own note marks, reading.spec); here the form.
    await page.getByRole('button', { name: 'Lihat formulir (hanya-baca)' }).click();

    // A note on a section, and the section's verdict.
    await goTo(page, 'latar-belakang');
    await page.getByTestId('section-verdict').selectOption('PERLU_PERBAIKAN');
    await page.getByRole('button', { name: 'Beri catatan pada Latar belakang' }).click();
    await writeNote(panel, 'Perlu perbaikan', 'Data dasar keluhan perlu sumber dan tahunnya.');
    await expect(panel.locator('li.note')).toHaveCount(1);

    // A note on a milestone card, by keyboard.
    await goTo(page, 'milestone');
    await page.getByRole('radio', { name: 'Papan' }).check();
    const code = milestone.code;
    await page.getByRole('button', { name: `Beri catatan pada ${code} ${milestone.title.trim()}` }).focus();
    await page.keyboard.press('Enter');
    // The keyboard lands on the new note's words.
    await expect(panel.locator('form.note-composer').getByLabel('Catatan', { exact: true })).toBeFocused();
    await page.keyboard.type('Siapa penanggung jawab uji coba ini?');
    await page.keyboard.press('Shift+Tab');
    await expect(panel.locator('form.note-composer').getByLabel('Jenis catatan')).toBeFocused();
    await page.keyboard.press('End');
    await panel.locator('form.note-composer').getByRole('button', { name: 'Tambahkan catatan' }).press('Enter');
    await expect(panel.locator('li.note', { hasText: 'Siapa penanggung jawab uji coba ini?' })).toContainText('Pertanyaan');

    // A note on a stakeholder.
    await goTo(page, 'stakeholder');
    await page.getByRole('radio', { name: 'Tabel' }).check();
    await page.getByRole('button', { name: `Beri catatan pada ${stakeholder.name.trim()}` }).click();
    await writeNote(panel, 'Saran', 'Libatkan sejak awal dalam sosialisasi.');
    await expect(page.getByTestId(`item-notes-${stakeholder.id}`).getByRole('button', { name: /Catatan ulasan untuk/ })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'review-mentor-notes');

    await page.getByRole('button', { name: 'Simpan ulasan' }).click();
    await expect(page.getByTestId('review-status')).toContainText('Ulasan tersimpan di SIPANTAU.ulasan');
  } finally {
    await mentor.dispose();
  }
  // The participant's file is untouched; the review lies beside it.
  expect(await fsp.readFile(file)).toEqual(before);
  const reviewFile = path.join(folder, 'SIPANTAU.ulasan');
  const saved = decodeReviewText(await fsp.readFile(reviewFile, 'utf8'), project);
  expect(saved.ok && saved.value.review.notes.map((n) => n.target.type)).toEqual(['SECTION', 'ITEM', 'ITEM']);
  expect(saved.ok && saved.value.review.sectionVerdicts).toEqual([expect.objectContaining({ sectionId: 'latar-belakang', verdict: 'PERLU_PERBAIKAN' })]);

  // ── The participant, on their own computer. ──
  const { page } = app;
  app.dialogs.answer(file);
  await page.getByRole('button', { name: 'Buka berkas…' }).click();
  await page.getByRole('button', { name: 'Ya, berkas saya — sunting di sini' }).click();
  await expect(page.getByTestId('readonly-banner')).toHaveCount(0);
  await page.getByRole('button', { name: 'Ulasan (0)' }).click();
  const panel = page.getByTestId('notes-panel');
  await expect(panel).toContainText('Belum ada catatan.');
  app.dialogs.answer(reviewFile);
  await panel.getByRole('button', { name: 'Impor ulasan' }).click();
  await expect(page.getByTestId('review-status')).toContainText('Ulasan dari Dr. Rahmat Hidayat, M.Si. diimpor: 3 catatan baru');
  await expect(page.getByRole('button', { name: 'Ulasan (3)' })).toBeVisible();
  await expect(panel.locator('li.note')).toHaveCount(3);
  // Importing the same file again changes nothing.
  app.dialogs.answer(reviewFile);
  await panel.getByRole('button', { name: 'Impor ulasan' }).click();
  await expect(page.getByTestId('review-status')).toContainText('sudah pernah diimpor; tidak ada yang berubah');
  await expect(panel.locator('li.note')).toHaveCount(3);

  // Filter: only questions.
  await panel.getByLabel('Jenis').selectOption('PERTANYAAN');
  await expect(panel.locator('li.note')).toHaveCount(1);
  await panel.getByLabel('Jenis').selectOption('');

  // Notes beside the items they belong to.
  await goTo(page, 'latar-belakang');
  await expect(page.getByTestId('section-review')).toContainText('Dr. Rahmat Hidayat, M.Si.: Perlu perbaikan');
  await page.getByRole('button', { name: 'Catatan ulasan untuk Latar belakang (1)' }).click();
  const note = panel.locator('li.note', { hasText: 'Data dasar keluhan' });
  await note.getByLabel('Tanggapan Anda').fill('Sumber ditambahkan: data pengaduan Dinas PUPR 2023.');
  await note.getByRole('button', { name: 'Kirim tanggapan' }).click();
  await expect(note).toContainText('Sumber ditambahkan');
  await note.getByRole('button', { name: 'Tandai selesai' }).click();
  await expect(note).toContainText('Selesai');
  await goTo(page, 'milestone');
  await expect(page.getByTestId(`item-notes-${milestone.id}`)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await shot(page, 'review-participant-notes');

  // The consultation log from the session's notes.
  await panel.getByRole('button', { name: 'Tampilkan semua catatan' }).click();
  await panel.locator('li.note', { hasText: 'Siapa penanggung jawab' }).getByLabel('Pilih catatan ini untuk lembar konsultasi').check();
  await panel.getByRole('button', { name: 'Catat sebagai konsultasi (1 catatan)' }).click();
  await expect(page.getByTestId('review-status')).toContainText('Satu baris konsultasi dibuat dari 1 catatan.');

  // Saved with the project: the notes travel with the file.
  await page.keyboard.press('Control+s');
  await expect
    .poll(async () => {
      const onDisk = decodeProjectText(await fsp.readFile(file, 'utf8'));
      return onDisk.ok ? (onDisk.value.project.reviews?.notes.filter((n) => n.status === 'DONE').length ?? 0) : -1;
    })
    .toBe(1);

  // The laporan's lampiran holds the follow-up.
  await page.keyboard.press('Control+e');
  const d = page.getByTestId('export-dialog');
  await d.getByLabel(/Laporan Aksi Perubahan Kinerja Pelayanan/).check();
  const target = path.join(folder, 'Laporan SIPANTAU');
  app.dialogs.answer(target);
  await page.getByTestId('export-run').click();
  await expect(d).toHaveAttribute('data-step', 'done', { timeout: 90_000 });
  const xml = strFromU8(unzipSync(await fsp.readFile(`${target}.docx`))['word/document.xml']!);
  const text = xml.replace(/<w:p[ >]/g, '\n$&').replace(/<[^>]+>/g, '');
  expect(text).toContain('Tindak Lanjut Catatan Seminar/Mentor');
  expect(text).toContain('Perlu perbaikan: Data dasar keluhan perlu sumber dan tahunnya.');
  expect(text).toContain('Sumber ditambahkan: data pengaduan Dinas PUPR 2023. (diubah di BAB I – Latar Belakang); Selesai');
  expect(text).toContain('Dr. Rahmat Hidayat, M.Si. (Mentor)');
  expect(text).toContain(`BAB II – Milestone ${milestone.code} «`);
  expect(text).toContain(`BAB II – Stakeholder «${stakeholder.name.trim().slice(0, 20)}`);
  await fsp.rm(folder, { recursive: true, force: true });
});

async function writeNote(panel: import('@playwright/test').Locator, kind: string, words: string) {
  const form = panel.locator('form.note-composer');
  await form.getByLabel('Jenis catatan').selectOption({ label: kind });
  await form.getByLabel('Catatan', { exact: true }).fill(words);
  await form.getByRole('button', { name: 'Tambahkan catatan' }).click();
  await expect(panel.locator('li.note', { hasText: words })).toBeVisible();
}
