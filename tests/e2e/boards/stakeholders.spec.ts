import { expect, test } from '../support/fixtures';
import path from 'node:path';
import { StakeholderSchema } from '../../../shared/model/schema';
import { openFile, readProjectOnDisk, saveStatus, shot, writeForeignFile } from '../support/dsl';
import { axeViolations, editableSample, goToSection, liveRegion, mouseDrag, settle } from './support';

const cell = (page: import('@playwright/test').Page, power: number, interest: number) => page.locator(`[data-cell="${power}-${interest}"]`);
const card = (page: import('@playwright/test').Page, id: string) => page.getByTestId(`sh-card-${id}`);

test('the SIPANTAU map shows the before and after quadrants of docs/domain.md §9.6', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await goToSection(page, 'stakeholder');
  await expect(page.getByTestId('stakeholder-summary')).toHaveText(
    'Sebelum: Key Players 3, Context Setters 4, Subjects 3, Crowd 2. Sesudah: Key Players 7, Context Setters 1, Subjects 3, Crowd 1. Berpindah kuadran: 5.',
  );
  await expect(cell(page, 4, 2).getByTestId('sh-card-SH-03')).toBeVisible();
  await page.getByTestId('stakeholder-summary').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, 'boards-stakeholders-before');
  await page.getByRole('radio', { name: 'Sesudah', exact: true }).check();
  await expect(cell(page, 4, 4).getByTestId('sh-card-SH-03')).toBeVisible();
  await page.getByLabel('Tampilkan pergerakan sebelum → sesudah').check();
  await expect(page.getByTestId('movement-overlay')).toHaveAttribute('data-arrows', '9');
  await page.getByTestId('stakeholder-summary').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await shot(page, 'boards-stakeholders-after-movement');
  // Read-only: no drag, no "move to".
  await expect(page.getByRole('button', { name: /^Pindahkan ke…/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Tambah stakeholder di sini/ })).toHaveCount(0);
});

test('a mouse drag moves a stakeholder, is announced, undoable, saved and still there after reopening', async ({ app }) => {
  const { page } = app;
  const file = await editableSample(app);
  await goToSection(page, 'stakeholder');
  await page.getByTestId('stakeholder-grid').evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await mouseDrag(page, card(page, 'SH-12'), cell(page, 4, 5));
  await expect(cell(page, 4, 5).getByTestId('sh-card-SH-12')).toBeVisible();
  await expect(liveRegion(page)).toContainText('Media lokal (cetak/daring) diletakkan di pengaruh 4, kepentingan 5, kuadran Key Players');
  await expect(saveStatus(page)).toHaveAttribute('data-kind', 'saved', { timeout: 10_000 });
  await expect.poll(async () => (await readProjectOnDisk(file)).stakeholders.find((s) => s.id === 'SH-12')!.before).toMatchObject({ power: 4, interest: 5 });

  await page.keyboard.press('Control+z');
  await expect(cell(page, 2, 1).getByTestId('sh-card-SH-12')).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(cell(page, 4, 5).getByTestId('sh-card-SH-12')).toBeVisible();
  await expect(saveStatus(page)).toHaveAttribute('data-kind', 'saved', { timeout: 10_000 });

  await page.getByRole('button', { name: 'Ke layar awal' }).click();
  await page.getByRole('button', { name: /^sipantau-saya\.rancang/ }).click();
  await goToSection(page, 'stakeholder');
  await expect(cell(page, 4, 5).getByTestId('sh-card-SH-12')).toBeVisible();
});

test('a keyboard drag: Space lifts, arrows move one cell with announcements, Space drops; Escape cancels', async ({ app }) => {
  const { page } = app;
  await editableSample(app);
  await goToSection(page, 'stakeholder');
  const handle = card(page, 'SH-05');
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await expect(liveRegion(page)).toContainText('Tim teknis / verifikator back office diangkat dari pengaruh 2, kepentingan 2, kuadran Crowd');
  await settle(page);
  await page.keyboard.press('ArrowRight');
  await expect(liveRegion(page)).toContainText('di atas pengaruh 2, kepentingan 3, kuadran Subjects');
  await settle(page);
  await page.keyboard.press('ArrowUp');
  await expect(liveRegion(page)).toContainText('di atas pengaruh 3, kepentingan 3, kuadran Key Players');
  await settle(page);
  await page.keyboard.press('Space');
  await expect(liveRegion(page)).toContainText('diletakkan di pengaruh 3, kepentingan 3, kuadran Key Players');
  await expect(cell(page, 3, 3).getByTestId('sh-card-SH-05')).toBeVisible();

  const other = card(page, 'SH-04');
  await other.focus();
  await page.keyboard.press('Space');
  await expect(other).toHaveAttribute('aria-pressed', 'true');
  await settle(page);
  await page.keyboard.press('ArrowLeft');
  await expect(liveRegion(page)).toContainText('di atas pengaruh 2, kepentingan 3');
  await page.keyboard.press('Escape');
  await expect(liveRegion(page)).toContainText('Pemindahan Petugas front office / customer service dibatalkan');
  await expect(cell(page, 2, 4).getByTestId('sh-card-SH-04')).toBeVisible();
});

test('"Pindahkan ke…" moves without dragging, to a quadrant or to exact scores', async ({ app }) => {
  const { page } = app;
  await editableSample(app);
  await goToSection(page, 'stakeholder');
  await page.getByRole('button', { name: 'Pindahkan ke… (KADIN Provinsi Jambi)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Pindahkan KADIN Provinsi Jambi' });
  await dialog.getByLabel('Ke kuadran').selectOption('SUBJECT');
  await dialog.getByRole('button', { name: 'Pindahkan' }).click();
  // Nearest Subjects cell to (3, 2) is (2, 3).
  await expect(cell(page, 2, 3).getByTestId('sh-card-SH-10')).toBeVisible();
  await expect(card(page, 'SH-10')).toBeFocused();
  await page.getByRole('button', { name: 'Pindahkan ke… (KADIN Provinsi Jambi)' }).click();
  await dialog.getByLabel('Pengaruh').selectOption('5');
  await dialog.getByLabel('Kepentingan').selectOption('1');
  await dialog.getByRole('button', { name: 'Pindahkan' }).click();
  await expect(cell(page, 5, 1).getByTestId('sh-card-SH-10')).toBeVisible();
});

test('the table view edits the same data, filters hide, and a nameless stakeholder is called out', async ({ app }) => {
  const { page } = app;
  await editableSample(app);
  await goToSection(page, 'stakeholder');
  await page.getByRole('radio', { name: 'Tabel' }).check();
  const table = page.getByTestId('stakeholder-table');
  await expect(table.locator('tbody tr')).toHaveCount(12);
  await page.getByText('Filter dan pengaturan').click();
  await page.getByLabel('Kategori').selectOption('EXTERNAL');
  await expect(table.locator('tbody tr')).toHaveCount(6);
  await expect(page.getByText('6 stakeholder disembunyikan oleh filter.')).toBeVisible();
  await page.getByLabel('Kategori').selectOption('');
  await page.getByRole('button', { name: 'Sunting Sekretaris DPMPTSP' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('[data-field="name"]').fill('');
  await dialog.getByRole('button', { name: 'Tutup' }).click();
  await expect(page.getByText('Stakeholder tanpa nama: beri nama di tabel.')).toBeVisible();
  await expect(table.locator('[data-item="SH-03"] th')).toHaveText('(tanpa nama)');
  await page.getByRole('radio', { name: 'Peta' }).check();
  await expect(card(page, 'SH-03')).toContainText('(tanpa nama)');
});

test('500 stakeholders in one cell: the board folds the cell, stays usable and keyboard-movable', async ({ app }) => {
  const { page } = app;
  const file = await writeForeignFile(app.workDir, 'ramai.rancang', (p) => {
    p.stakeholders = Array.from({ length: 500 }, (_, i) => StakeholderSchema.parse({ id: `s${i}`, name: `Warga ${i + 1}`, before: { power: 1, interest: 5 } }));
  });
  await openFile(app, file);
  app.dialogs.answer(path.join(app.workDir, 'ramai-saya.rancang'));
  await page.getByRole('button', { name: 'Sunting salinan' }).click();
  await goToSection(page, 'stakeholder');
  const crowded = cell(page, 1, 5);
  await expect(crowded).toHaveAttribute('data-count', '500');
  await expect(crowded.locator('.sh-card')).toHaveCount(6);
  await crowded.getByRole('button', { name: /Tampilkan semua 500 di sel ini/ }).click();
  await expect(crowded.locator('.sh-card')).toHaveCount(500);
  await crowded.getByRole('button', { name: 'Ringkas' }).click();
  const first = card(page, 's0');
  await first.focus();
  await page.keyboard.press('Space');
  await expect(first).toHaveAttribute('aria-pressed', 'true');
  await settle(page);
  await page.keyboard.press('ArrowLeft');
  await expect(liveRegion(page)).toContainText('di atas pengaruh 1, kepentingan 4');
  await settle(page);
  await page.keyboard.press('Space');
  await expect(cell(page, 1, 4).getByTestId('sh-card-s0')).toBeVisible();
  await expect(crowded).toHaveAttribute('data-count', '499');
});

test('no serious or critical accessibility violations on the board and its table', async ({ app }) => {
  const { page } = app;
  await editableSample(app);
  await goToSection(page, 'stakeholder');
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('radio', { name: 'Tabel' }).check();
  expect(await axeViolations(page)).toEqual([]);
});
