/** The SIPANTAU sample opens read-only; "Sunting salinan" saves an editable copy, as a participant exploring it would. */
import path from 'node:path';
import { expect } from '@playwright/test';
import type { Bridge } from './bridge';

export async function openSampleCopy(app: Bridge, name = 'SIPANTAU salinan.rancang'): Promise<string> {
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await expect(page.getByTestId('readonly-banner')).toBeVisible();
  const file = path.join(app.workDir, name);
  app.dialogs.answer(file);
  await page.getByTestId('readonly-banner').getByRole('button', { name: 'Sunting salinan' }).click();
  await expect(page.getByTestId('readonly-banner')).toHaveCount(0);
  return file;
}
