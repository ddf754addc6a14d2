/**
 * A new participant builds a small but complete project from the start screen with the keyboard
 * only (Tab, Shift+Tab, Enter, Space, typing), saves it, reopens it, and finds everything.
 */
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readProjectOnDisk } from '../support/dsl';
import { expect, test } from '../support/fixtures';
import { openSection, press, tabTo, typeDate, typeInto } from './keyboard';

const f = (page: Page, name: string) => page.locator(`main [data-field="${name}"]`);
const inRow = (page: Page, n: number, name: string) => page.locator('main li.row[data-item]').nth(n).locator(`[data-field="${name}"]`).first();
const add = (page: Page, key: string) => page.locator(`[data-add="${key}"]`);

test('a new project built with the keyboard alone survives save and reopen', async ({ app }) => {
  test.setTimeout(300_000);
  const { page } = app;
  const kb = page.keyboard;

  // Start screen: programme first (it sets the labels), then the title, Enter creates.
  await tabTo(page, page.getByLabel('Program pelatihan'));
  await kb.type('PKN Tk II');
  await typeInto(page, page.getByLabel('Judul (boleh diisi nanti)'), 'Percepatan Layanan Informasi Arsip Melalui SI-ARSIP');
  await kb.press('Enter');
  await expect(page.getByRole('heading', { name: 'Identitas dan kalender' })).toBeVisible();
  await expect(page.locator('.sidebar')).toContainText('BAB II Deskripsi Proyek Perubahan');

  // Identity: the people who sign, and the off-campus window.
  await typeInto(page, f(page, 'participant.name'), 'Budi Santoso, S.Sos., M.AP.');
  await typeInto(page, f(page, 'participant.nip'), '198001012005011002');
  await typeInto(page, f(page, 'mentor.name'), 'Dr. Siti Rahma, M.Si.');
  await typeInto(page, f(page, 'mentor.nip'), '197005052000032001');
  await typeInto(page, f(page, 'coach.name'), 'Ir. Hendra Wijaya, M.T.');
  await typeInto(page, f(page, 'coach.nip'), '196808081995031003');
  await typeDate(page, f(page, 'calendar.seminarRancangan'), '2024-03-11');
  await typeDate(page, f(page, 'calendar.offCampusStart'), '2024-03-12');
  await typeDate(page, f(page, 'calendar.offCampusEnd'), '2024-05-10');

  await openSection(page, 'latar-belakang');
  await typeInto(page, f(page, 'narrative.latarBelakang'), 'Arsip dinas masih **manual**.\n\n- Pencarian lama\n- Arsip rusak');

  // Issues with APKL scores; the second fails on Layak.
  await openSection(page, 'isu', { viaShiftTab: true });
  await press(page, add(page, 'issues'));
  await expect(inRow(page, 0, 'statement')).toBeFocused();
  await kb.type('Belum optimalnya layanan informasi arsip');
  await kb.press('Tab');
  await kb.type('Rekap pengaduan 2023');
  for (const score of ['5', '5', '4', '5']) {
    await kb.press('Tab');
    await kb.type(score);
  }
  await press(page, add(page, 'issues'));
  await kb.type('Terbatasnya ruang arsip');
  await kb.press('Tab');
  await kb.type('Observasi');
  for (const score of ['3', '3', '3', '2']) {
    await kb.press('Tab');
    await kb.type(score);
  }
  await expect(page.getByTestId('apkl-table')).toContainText('tidak lolos APKL (L di bawah 3)');

  await openSection(page, 'prioritas');
  for (const [c, v] of [
    ['U', '5'],
    ['S', '4'],
    ['G', '5'],
  ] as const)
    await typeInto(page, f(page, `usg.${c}`), v);
  await expect(page.getByTestId('core-issue')).toContainText('Belum optimalnya layanan informasi arsip');
  await typeInto(page, f(page, 'impactIfUnresolved'), 'Pelayanan lambat dan arsip hilang.');

  await openSection(page, 'akar-masalah');
  await press(page, add(page, 'rootCauses-MAN'));
  await kb.type('Belum ada petugas arsip terlatih');

  await openSection(page, 'kesenjangan');
  await press(page, add(page, 'gap'));
  for (const text of ['Waktu pencarian arsip', '2 hari', 'Observasi 2023', '≤ 10 menit']) {
    await kb.type(text);
    await kb.press('Tab');
  }

  await openSection(page, 'gagasan');
  await typeInto(page, f(page, 'breakthrough.name'), 'SI-ARSIP');
  await tabTo(page, page.getByRole('checkbox', { name: 'Aplikasi/sistem informasi' }));
  await kb.press('Space');
  await typeInto(page, f(page, 'breakthrough.description'), 'Aplikasi pencarian arsip digital.');

  await openSection(page, 'tujuan');
  await typeInto(page, f(page, 'goals.PENDEK.statement'), 'Tersedianya SI-ARSIP untuk 1 bidang');
  await press(page, add(page, 'indicatorsPENDEK'));
  for (const text of ['Arsip terdigitalisasi', '%', '0', '100']) {
    await kb.type(text);
    await kb.press('Tab');
  }
  await typeInto(page, f(page, 'goals.MENENGAH.statement'), 'SI-ARSIP untuk semua bidang');
  await typeInto(page, f(page, 'goals.PANJANG.statement'), 'Arsip dinamis terintegrasi SRIKANDI');

  await openSection(page, 'manfaat');
  for (const b of ['ORGANISASI', 'STAKEHOLDER', 'MASYARAKAT', 'PESERTA']) await typeInto(page, f(page, `benefits.${b}`), `Manfaat ${b.toLowerCase()}`);

  // Team: the three people from Identity in one step, then one member written here.
  await openSection(page, 'tim');
  await press(page, page.getByTestId('add-linked'));
  await press(page, add(page, 'team'));
  // The name box has the focus: typing straight away writes the name.
  await expect(inRow(page, 3, 'person.name')).toBeFocused();
  await kb.type('Andi Pratama, S.Kom.');
  await typeInto(page, inRow(page, 3, 'memberRole'), 'Admin sistem', { back: true });
  await typeInto(page, inRow(page, 3, 'tasks'), 'Mengembangkan aplikasi');

  await openSection(page, 'anggaran');
  await press(page, add(page, 'budgetLines'));
  await kb.type('Konsumsi rapat tim');
  for (const [name, text] of [
    ['volume', '20'],
    ['unit', 'orang-kali'],
    ['unitCost', '35.000'],
  ] as const)
    await typeInto(page, inRow(page, 0, name), text);
  await tabTo(page, inRow(page, 0, 'source'));
  await kb.type('APBD');
  await expect(page.getByTestId('budget-total')).toHaveText('Rp700.000');

  await openSection(page, 'milestone');
  await press(page, add(page, 'milestones-PENDEK'));
  const ms = page.locator('main tbody[data-item]').first();
  await expect(ms.locator('[data-field="title"]')).toBeFocused();
  await kb.type('Pembentukan tim efektif');
  await tabTo(page, ms.locator('[data-field="picTeamId"]'));
  await kb.type('Budi');
  await typeDate(page, ms.locator('[data-field="start"]'), '2024-03-13');
  await typeDate(page, ms.locator('[data-field="end"]'), '2024-03-15');
  await typeInto(page, ms.locator('[data-field="output"]'), 'SK tim efektif');
  await typeInto(page, ms.locator('[data-field="indicator"]'), 'SK ditandatangani');
  await press(page, ms.getByRole('button', { name: '+ SK' }));
  await tabTo(page, ms.getByRole('checkbox', { name: /Konsumsi rapat tim/ }));
  await kb.press('Space');
  await expect(ms).toContainText('Anggaran milestone: Rp700.000');

  await openSection(page, 'risiko');
  await press(page, add(page, 'risks'));
  await typeInto(page, inRow(page, 0, 'description'), 'Mutasi anggota tim');
  await typeInto(page, inRow(page, 0, 'likelihood'), '3');
  await typeInto(page, inRow(page, 0, 'impact'), '4');
  await expect(page.locator('main li.row').first()).toContainText('12 (sedang)');
  await typeInto(page, inRow(page, 0, 'mitigation'), 'Anggota cadangan dalam SK');

  await openSection(page, 'faktor-kunci');
  await press(page, page.getByRole('button', { name: '+ Komitmen sponsor dan mentor' }));
  await openSection(page, 'keberlanjutan');
  await typeInto(page, f(page, 'sustainability.narrative'), 'SOP ditetapkan kepala dinas.');

  await openSection(page, 'konsultasi');
  await press(page, add(page, 'consultations'));
  await typeDate(page, inRow(page, 0, 'date'), '2024-03-05');
  await typeInto(page, inRow(page, 0, 'topic'), 'Persetujuan core issue');
  await expect(page.locator('main li.row').first()).toContainText('Selasa, 5 Maret 2024');

  // Save with Ctrl+S, back to the start screen, reopen from the recent list: all there.
  const file = path.join(app.workDir, 'SI-ARSIP.rancang');
  app.dialogs.answer(file);
  await kb.press('Control+s');
  await expect(page.getByTestId('save-status')).toHaveText(/Tersimpan/);
  await press(page, page.getByRole('button', { name: 'Ke layar awal' }), { back: true });
  await press(page, page.getByRole('button', { name: /^SI-ARSIP\.rancang/ }));
  await expect(page.getByRole('heading', { name: 'Identitas dan kalender' })).toBeVisible();
  await expect(f(page, 'participant.name')).toHaveValue('Budi Santoso, S.Sos., M.AP.');

  await openSection(page, 'prioritas');
  await expect(page.getByTestId('usg-ranking')).toHaveText('I. Isu 1: Belum optimalnya layanan informasi arsip — total 14');
  await openSection(page, 'anggaran');
  await expect(page.getByTestId('budget-total')).toHaveText('Rp700.000');
  await openSection(page, 'milestone');
  await expect(page.locator('main tbody[data-item] [data-field="end"]')).toHaveValue('2024-03-15');

  const p = await readProjectOnDisk(file);
  expect(p.programme.code).toBe('PKN_II');
  expect(p.calendar).toMatchObject({ seminarRancangan: '2024-03-11', offCampusStart: '2024-03-12', offCampusEnd: '2024-05-10' });
  expect(p.narrative.latarBelakang).toBe('Arsip dinas masih **manual**.\n\n- Pencarian lama\n- Arsip rusak');
  expect(p.issueAnalysis.issues.map((i) => [i.statement, i.source, i.apklScores, i.usg])).toEqual([
    ['Belum optimalnya layanan informasi arsip', 'Rekap pengaduan 2023', { A: 5, P: 5, K: 4, L: 5 }, { U: 5, S: 4, G: 5 }],
    ['Terbatasnya ruang arsip', 'Observasi', { A: 3, P: 3, K: 3, L: 2 }, { U: null, S: null, G: null }],
  ]);
  expect(p.rootCauses.causes).toMatchObject([{ category: 'MAN', text: 'Belum ada petugas arsip terlatih' }]);
  expect(p.gap).toMatchObject([{ aspect: 'Waktu pencarian arsip', current: '2 hari', currentSource: 'Observasi 2023', expected: '≤ 10 menit' }]);
  expect(p.breakthrough).toMatchObject({ name: 'SI-ARSIP', kinds: ['APLIKASI'], description: 'Aplikasi pencarian arsip digital.' });
  expect(p.goals.PENDEK.indicators).toMatchObject([{ name: 'Arsip terdigitalisasi', unit: '%', baseline: '0', target: '100' }]);
  expect(p.benefits.PESERTA).toBe('Manfaat peserta');
  expect(p.team.map((m) => [m.role, m.personRole, m.person.name, m.memberRole])).toEqual([
    ['MENTOR', 'mentor', '', ''],
    ['COACH', 'coach', '', ''],
    ['PROJECT_LEADER', 'participant', '', ''],
    ['MEMBER', null, 'Andi Pratama, S.Kom.', 'Admin sistem'],
  ]);
  expect(p.budgetLines).toMatchObject([{ item: 'Konsumsi rapat tim', volume: 20, unit: 'orang-kali', unitCost: 35_000, source: 'APBD' }]);
  const leader = p.team.find((m) => m.role === 'PROJECT_LEADER')!;
  expect(p.milestones).toMatchObject([
    {
      horizon: 'PENDEK',
      title: 'Pembentukan tim efektif',
      start: '2024-03-13',
      end: '2024-03-15',
      output: 'SK tim efektif',
      indicator: 'SK ditandatangani',
      evidence: ['SK'],
      picTeamId: leader.id,
      budgetLineIds: [p.budgetLines[0]!.id],
    },
  ]);
  expect(p.risks).toMatchObject([{ description: 'Mutasi anggota tim', likelihood: 3, impact: 4, mitigation: 'Anggota cadangan dalam SK' }]);
  expect(p.criticalSuccessFactors.map((c) => c.text)).toEqual(['Komitmen sponsor dan mentor']);
  expect(p.sustainability.narrative).toBe('SOP ditetapkan kepala dinas.');
  expect(p.consultations).toMatchObject([{ date: '2024-03-05', with: 'MENTOR', topic: 'Persetujuan core issue' }]);
});
