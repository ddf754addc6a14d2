/** A new project's guided path: which section next and why, with SIPANTAU's answer as a hideable hint. */
import { newProject, shot } from '../support/dsl';
import { expect, test } from '../support/fixtures';
import { seriousViolations } from '../sections/support';

test('the guide starts at the identity, moves on as sections are filled, and the example hint can be hidden', async ({ app }) => {
  const { page } = app;
  await newProject(app);
  const guide = page.getByTestId('next-step');
  await expect(guide).toContainText('Langkah pertama: 0 dari 10 bagian sudah dimulai');
  await expect(guide).toContainText('Mulai dari bagian ini.');
  const hint = page.getByTestId('example-hint');
  await expect(hint).toContainText('Optimalisasi Layanan Informasi Status Perizinan Berusaha melalui Inovasi SIPANTAU');
  await shot(page, 'first-steps-identity');
  expect(await seriousViolations(page)).toEqual([]);

  await page.locator('[data-field="title"]').fill('Percepatan Layanan Arsip');
  await expect(guide).toContainText('Berikutnya: Latar belakang. Latar belakang menjelaskan kondisi unit kerja');
  await expect(hint).toHaveCount(0);
  await guide.getByRole('button', { name: 'Ke Latar belakang' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Latar belakang' })).toBeVisible();
  await expect(page.getByTestId('example-hint')).toContainText('Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu');

  await page.getByRole('button', { name: 'Sembunyikan contoh' }).click();
  await expect(page.getByTestId('example-hint')).toHaveCount(0);
  await page.getByRole('button', { name: 'Tampilkan contoh SIPANTAU' }).click();
  await expect(page.getByTestId('example-hint')).toBeVisible();
  await page.getByRole('button', { name: 'Sembunyikan panduan' }).click();
  await expect(page.getByTestId('next-step')).toHaveCount(0);
});

test('the read-only sample shows neither guide nor hints', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await expect(page.getByTestId('readonly-banner')).toBeVisible();
  await expect(page.getByTestId('next-step')).toHaveCount(0);
  await expect(page.getByTestId('example-hint')).toHaveCount(0);
});
