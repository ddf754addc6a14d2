/**
 * How many actions it takes to add and place 4 stakeholders (before and after) and 3 milestones
 * in a new project. The figure is printed (and attached) for the closing note; the test
 * asserts only that the result on disk is right, never the count.
 */
import { expect, test } from '../support/fixtures';
import { newProject } from '../support/dsl';
import { ActionCounter } from './actions';

const PEOPLE = [
  { name: 'Kepala Dinas', before: [5, 3], after: [5, 5] },
  { name: 'Sekretaris Daerah', before: [4, 2], after: [4, 4] },
  { name: 'Operator aplikasi', before: [2, 2], after: [2, 4] },
  { name: 'Asosiasi pengusaha', before: [3, 1], after: [3, 4] },
] as const;
const MILESTONES = ['Menyusun SK tim efektif', 'Membangun prototipe aplikasi', 'Sosialisasi layanan'];

test('actions to add and place 4 stakeholders before/after and 3 milestones', async ({ app }, info) => {
  const { page } = app;
  await newProject(app, { title: 'Hitung langkah' });
  const a = new ActionCounter(page);
  const cell = (p: number, i: number) => page.locator(`[data-cell="${p}-${i}"]`);

  await a.click(page.locator('.sidebar [data-section="stakeholder"]'));
  for (const s of PEOPLE) {
    await a.click(page.getByRole('button', { name: 'Tambah stakeholder' }));
    const dialog = page.getByRole('dialog');
    await expect(dialog.locator('[data-field="name"]')).toBeFocused();
    await a.press('Control+a');
    await a.type(s.name);
    await a.click(dialog.getByRole('button', { name: 'Tutup' }));
    await a.drag(page.locator('.sh-tray').getByText(s.name), cell(s.before[0], s.before[1]));
    await expect(cell(s.before[0], s.before[1])).toContainText(s.name);
  }
  await a.check(page.getByRole('radio', { name: 'Sesudah (target/realisasi)' }));
  for (const s of PEOPLE) {
    await a.drag(page.locator('.sh-tray').getByText(s.name), cell(s.after[0], s.after[1]));
    await expect(cell(s.after[0], s.after[1])).toContainText(s.name);
  }

  await a.click(page.locator('.sidebar [data-section="milestone"]'));
  for (const title of MILESTONES) {
    await a.click(page.locator('[data-add="milestones-PENDEK"]'));
    await expect(page.locator('[data-testid="milestones-PENDEK"] [data-field="title"]').last()).toBeFocused();
    await a.type(title);
  }
  await a.press('Tab');
  await expect(page.locator('[data-testid="milestones-PENDEK"] [data-field="title"]')).toHaveCount(3);

  console.log(`ACTIONS: ${a.summary()}`);
  await info.attach('actions', { body: a.summary() });
});
