/**
 * How many actions it takes to add and place 4 stakeholders (before and after) and 3 milestones
 * in a new project. The figure is printed (and attached) for the closing note; the test
 * asserts only the result, never the count.
 *
 * On the base UI (commit 7980ac5 ran this against it) the same task took 34 actions: per
 * stakeholder "Tambah stakeholder", Ctrl+A over the pre-filled "Stakeholder baru", the name,
 * "Tutup", a drag from the tray below the grid; "Sesudah" and four more drags; then the milestone
 * section and, per milestone, the table's add button and the title.
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
    // Click the empty cell, type the name, Enter: added and placed in one go.
    await a.click(cell(s.before[0], s.before[1]));
    // A person types once they see the box (not an action of its own).
    await expect(page.getByTestId('sh-add-name')).toBeFocused();
    await a.type(s.name);
    await a.press('Enter');
    await expect(cell(s.before[0], s.before[1])).toContainText(s.name);
  }
  await a.check(page.getByRole('radio', { name: 'Sesudah', exact: true }));
  for (const s of PEOPLE) {
    // Every one of them moves, so "Salin posisi Sebelum" would save nothing here: drag from the tray beside the grid.
    await cell(s.after[0], s.after[1]).evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await a.drag(page.getByTestId('sh-tray').locator('.sh-handle', { hasText: s.name }), cell(s.after[0], s.after[1]));
    await expect(cell(s.after[0], s.after[1])).toContainText(s.name);
  }

  await a.click(page.locator('.sidebar [data-section="milestone"]'));
  await a.check(page.getByRole('radio', { name: 'Papan' }));
  await a.click(page.getByRole('button', { name: 'Tambah milestone di jangka pendek' }));
  for (const title of MILESTONES) {
    await a.type(title);
    await a.press('Enter');
  }
  await expect(page.locator('[data-lane="PENDEK"] li.ms-card')).toHaveCount(3);

  console.log(`ACTIONS: ${a.summary()}`);
  await info.attach('actions', { body: a.summary() });
});
