/** The board and the report chart draw each attitude in the same colour (shared/charts/theme.ts). */
import { ATTITUDE_STYLE } from '../../../shared/charts/theme';
import { expect, test } from '../support/fixtures';

const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

test('stakeholder cards on the board use the report chart’s attitude colours', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await page.locator('.sidebar [data-section="stakeholder"]').click();
  for (const attitude of ['MENDUKUNG', 'NETRAL', 'MENOLAK'] as const) {
    const card = page.locator(`.sh-card.attitude-${attitude} .sh-handle`).first();
    await expect(card).toHaveCSS('border-left-color', rgb(ATTITUDE_STYLE[attitude].fill));
  }
});
