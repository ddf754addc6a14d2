/**
 * Issue 17, item 6, as an English-speaking coach meets it: a cohort folder with damaged files
 * lists each one's reason in English, and a file whose picture is broken opens with an English
 * notice naming the picture. Checked with the same dictionary fragments as the English walk
 * (tests/e2e/foundation/english.spec.ts), so any Indonesian sentence of the app's own fails it.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, test } from '../support/fixtures';
import { SAMPLE } from '../support/bridge';
import { indonesianFragments } from '../support/indonesian';

const leaks = (text: string) => indonesianFragments().filter((f) => text.includes(f));

test("in the English UI a cohort's damaged files and a dropped picture are told in English", async ({ app }) => {
  const { page } = app;
  await page.getByLabel('Bahasa').selectOption('en');

  const kelas = path.join(app.workDir, 'Cohort II');
  await fsp.mkdir(kelas);
  await fsp.writeFile(path.join(kelas, 'cut.rancang'), '{"format":"rancang-perubahan","schemaVersion":2,"project":');
  await fsp.writeFile(path.join(kelas, 'empty.rancang'), '');
  const wrong = JSON.parse(readFileSync(SAMPLE, 'utf8'));
  wrong.project.title = 42;
  await fsp.writeFile(path.join(kelas, 'wrong.rancang'), JSON.stringify(wrong));

  app.dialogs.answer(kelas);
  await page.getByRole('button', { name: 'Open a cohort folder…' }).click();
  const failures = page.locator('.cohort-failures');
  await expect(failures.getByRole('listitem')).toHaveCount(3);
  await expect(failures).toContainText('cut.rancang: The file is cut short');
  await expect(failures).toContainText('empty.rancang: The file is empty');
  expect(leaks(await failures.innerText())).toEqual([]);

  // A project whose picture is a PNG in name only, opened as the OS hands a file over.
  await page.getByRole('button', { name: 'Back to start' }).click();
  const env = JSON.parse(readFileSync(SAMPLE, 'utf8'));
  env.project.attachments = [{ id: 'palsu1', name: 'palsu.png', mime: 'image/png', data: Buffer.from('<svg onload="x"/>').toString('base64'), caption: '' }];
  const file = path.join(app.workDir, 'picture.rancang');
  await fsp.writeFile(file, JSON.stringify(env));
  await app.push(await app.services.openPath(file));
  const notice = page.getByText(/^Attached picture 1 \(palsu\.png\): not a valid PNG picture; this picture was not loaded/);
  await expect(notice).toBeVisible();
  expect(leaks(await notice.innerText())).toEqual([]);
});
