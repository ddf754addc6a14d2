import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '../support/fixtures';
import { field, newProject, readProjectOnDisk, saveAsWithKeyboard, saveStatus, shot } from '../support/dsl';

test('a participant creates a project, fills in who they are, saves, and finds it all again', async ({ app }) => {
  const { page } = app;
  await newProject(app, { programme: 'PKA', title: 'Percepatan Layanan Informasi Arsip' });
  await expect(page.getByText('Aksi Perubahan Kinerja Organisasi').first()).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Belum pernah disimpan');

  await field(page, 'participant.name').fill('Rahmawati Siregar, S.T., M.Si.');
  await field(page, 'participant.nip').fill('198503122010012014');
  await field(page, 'participant.golongan').fill('III/d');
  await field(page, 'participant.jabatan').fill('Kepala Seksi Pelayanan Perizinan Berusaha');
  await field(page, 'participant.participantNo').fill('17');
  await field(page, 'mentor.name').fill('Drs. H. Syahrial Effendi, M.M.');
  await field(page, 'coach.name').fill('Dr. Ir. Nurhayati, M.Pd.');
  await field(page, 'programme.angkatan').fill('II');
  await field(page, 'programme.year').fill('2022');
  await field(page, 'programme.city').fill('Jambi');
  await field(page, 'calendar.offCampusStart').fill('2022-03-15');
  await field(page, 'calendar.offCampusEnd').fill('2022-05-13');
  await expect(page.getByTestId('off-campus-days')).toHaveText('Masa off campus: 60 hari kalender.');
  // The NIP is shown grouped once the field is left, and the pangkat was suggested from the golongan.
  await field(page, 'participant.name').focus();
  await expect(field(page, 'participant.nip')).toHaveValue('19850312 201001 2 014');
  await expect(field(page, 'participant.pangkat')).toHaveValue('Penata Tingkat I');

  const file = path.join(app.workDir, 'Percepatan Layanan.rancang');
  await saveAsWithKeyboard(app, file);
  await expect(page.getByTestId('file-name')).toContainText('Percepatan Layanan.rancang');
  expect(app.dialogs.asked).toEqual([{ kind: 'save', suggested: 'Percepatan Layanan Informasi Arsip.rancang' }]);

  // Autosave: another edit reaches the disk without pressing anything.
  await field(page, 'mentor.jabatan').fill('Kepala Bidang Pelayanan');
  await expect(saveStatus(page)).toHaveAttribute('data-kind', 'saved', { timeout: 10_000 });
  await expect.poll(async () => (await readProjectOnDisk(file)).people.mentor.jabatan).toBe('Kepala Bidang Pelayanan');
  await shot(page, 'foundation-identity-saved');

  await page.getByRole('button', { name: 'Ke layar awal' }).click();
  await expect(page.getByRole('heading', { name: 'Berkas terakhir' })).toBeVisible();
  await page.getByRole('button', { name: /^Percepatan Layanan\.rancang/ }).click();
  await expect(field(page, 'participant.name')).toHaveValue('Rahmawati Siregar, S.T., M.Si.');
  await expect(field(page, 'title')).toHaveValue('Percepatan Layanan Informasi Arsip');
  await expect(field(page, 'calendar.offCampusEnd')).toHaveValue('2022-05-13');
  await expect(field(page, 'programme.code')).toHaveValue('PKA');
  await expect(page.getByTestId('readonly-banner')).toHaveCount(0);

  const onDisk = await readProjectOnDisk(file);
  expect(onDisk.people.participant).toMatchObject({ nip: '198503122010012014', golongan: 'III/d', pangkat: 'Penata Tingkat I', participantNo: '17' });
  expect(onDisk.programme).toMatchObject({ code: 'PKA', angkatan: 'II', year: 2022, city: 'Jambi' });
  expect((await fsp.readdir(app.workDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
});

test('undo and redo with the keyboard, typing coalesced into steps', async ({ app }) => {
  const { page } = app;
  await newProject(app);
  // The page's clock stands still while typing, so a busy machine cannot split one burst of
  // typing into two undo steps; moving it on by 2 s is the pause that ends a step.
  const start = Date.now();
  await page.clock.setFixedTime(start);
  const title = field(page, 'title');
  await title.click();
  await page.keyboard.type('Judul pertama', { delay: 5 });
  await page.clock.setFixedTime(start + 2_000);
  await page.keyboard.type(' ditambah', { delay: 5 });
  await field(page, 'participant.name').fill('Siti Aminah');
  await page.keyboard.press('Control+z');
  await expect(field(page, 'participant.name')).toHaveValue('');
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue('Judul pertama');
  await page.keyboard.press('Control+z');
  await expect(title).toHaveValue('');
  await page.keyboard.press('Control+y');
  await expect(title).toHaveValue('Judul pertama');
  await page.keyboard.press('Control+Shift+z');
  await expect(title).toHaveValue('Judul pertama ditambah');
  await page.getByRole('button', { name: 'Ulangi' }).click();
  await expect(field(page, 'participant.name')).toHaveValue('Siti Aminah');
  await expect(page.getByRole('button', { name: 'Ulangi' })).toBeDisabled();
});

test('a NIP that is not 18 digits is flagged beside the field but kept', async ({ app }) => {
  const { page } = app;
  await newProject(app);
  await field(page, 'mentor.nip').fill('19700615199503100');
  await expect(page.getByText('NIP terdiri atas 18 angka; yang tertulis 17 angka.')).toBeVisible();
  await field(page, 'mentor.nip').fill('19701315199503 1 003');
  await expect(page.getByText('8 angka pertama NIP (tanggal lahir) bukan tanggal yang sah.')).toBeVisible();
  await field(page, 'mentor.name').focus();
  await expect(field(page, 'mentor.nip')).toHaveValue('19701315 199503 1 003');
});

test('text over the limit stays on screen with a message and is not saved', async ({ app }) => {
  const { page } = app;
  await newProject(app);
  const long = 'x'.repeat(250);
  await field(page, 'participant.name').fill(long);
  await expect(page.getByRole('alert').filter({ hasText: 'Terlalu panjang: 250 karakter, batasnya 200' })).toBeVisible();
  await expect(field(page, 'participant.name')).toHaveValue(long);
  await expect(page.getByRole('button', { name: 'Urungkan' })).toBeDisabled();
});

test('a file the OS asks to open (double-click) opens in the app', async ({ app }) => {
  const { page } = app;
  const file = path.join(app.workDir, 'dari-os.rancang');
  app.dialogs.answer(file);
  await newProject(app, { title: 'Dibuka dari sistem operasi' });
  await page.keyboard.press('Control+s');
  await expect(saveStatus(page)).toHaveAttribute('data-kind', 'saved');
  await page.getByRole('button', { name: 'Ke layar awal' }).click();
  await app.push(await app.services.openPath(file));
  await expect(field(page, 'title')).toHaveValue('Dibuka dari sistem operasi');
});

test('the interface switches to English and stays English', async ({ app }) => {
  const { page } = app;
  await newProject(app);
  await page.getByLabel('Bahasa').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Identity and calendar' })).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Never saved');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Start a new project' })).toBeVisible();
});
