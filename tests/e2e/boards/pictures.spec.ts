import * as fsp from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { stakeholderMapSvg } from '../../../shared/charts/stakeholderMap';
import { teamChartSvg } from '../../../shared/charts/teamChart';
import { timelineSvg } from '../../../shared/charts/timeline';
import { decodeProjectText } from '../../../shared/model/envelope';
import { SAMPLE } from '../support/bridge';
import { field, shot } from '../support/dsl';
import { expect, test } from '../support/fixtures';
import { axeViolations, editableSample, goToSection } from './support';

async function sample() {
  const r = decodeProjectText(await fsp.readFile(SAMPLE, 'utf8'));
  if (!r.ok) throw new Error(r.message);
  return r.value.project;
}

/** Every element of the chart's SVG text, in document order, by tag name. */
const tagsOf = (svg: string) => [...svg.matchAll(/<([a-zA-Z]+)[\s>/]/g)].map((m) => m[1]!);
const tagsOnScreen = (page: Page, testId: string) =>
  page
    .getByTestId(testId)
    .locator('svg')
    .evaluate((svg) => [svg, ...svg.querySelectorAll('*')].map((e) => e.tagName));

test('the schedule shows the same picture the report embeds, element for element', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await goToSection(page, 'jadwal');
  await expect(page.getByTestId('timeline-chart').locator('svg')).toHaveAttribute('data-chart', 'timeline');
  expect(await tagsOnScreen(page, 'timeline-chart')).toEqual(tagsOf(timelineSvg(await sample()).svg));
  await page.getByTestId('timeline-chart').scrollIntoViewIfNeeded();
  await shot(page, 'boards-timeline');
  expect(await axeViolations(page)).toEqual([]);
});

test('a short-term milestone moved outside the off-campus window is flagged in words and on the chart', async ({ app }) => {
  const { page } = app;
  await editableSample(app);
  await goToSection(page, 'jadwal');
  await expect(page.getByTestId('timeline-outside')).toHaveCount(0);
  await goToSection(page, 'identitas');
  await field(page, 'calendar.offCampusEnd').fill('2022-05-01');
  await goToSection(page, 'jadwal');
  await expect(page.getByTestId('timeline-outside')).toHaveText('2 milestone jangka pendek di luar masa off campus.');
  await expect(page.getByTestId('timeline-chart').locator('[data-outside="true"]').first()).toBeAttached();
});

test('the stakeholder map picture equals the chart of the report, before, after and movement', async ({ app }) => {
  const { page } = app;
  const p = await sample();
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await goToSection(page, 'stakeholder');
  await page.getByRole('radio', { name: 'Gambar laporan' }).check();
  for (const [label, view] of [
    ['Sebelum (kondisi awal)', 'before'],
    ['Sesudah (target/realisasi)', 'after'],
    ['Pergerakan', 'movement'],
  ] as const) {
    await page.getByRole('radio', { name: label }).check();
    const id = `stakeholder-picture-${view}`;
    await expect(page.getByTestId(id).locator('svg')).toBeVisible();
    expect(await tagsOnScreen(page, id)).toEqual(tagsOf(stakeholderMapSvg(p, view).svg));
  }
  await page.getByTestId('stakeholder-picture-movement').scrollIntoViewIfNeeded();
  await shot(page, 'boards-stakeholder-picture-movement');
  expect(await axeViolations(page)).toEqual([]);
});

test('the team section shows the team chart of the report', async ({ app }) => {
  const { page } = app;
  await page.getByRole('button', { name: 'Buka contoh SIPANTAU' }).click();
  await goToSection(page, 'tim');
  await expect(page.getByTestId('team-chart').locator('svg')).toHaveAttribute('data-chart', 'team');
  expect(await tagsOnScreen(page, 'team-chart')).toEqual(tagsOf(teamChartSvg(await sample()).svg));
  await page.getByTestId('team-chart').scrollIntoViewIfNeeded();
  await shot(page, 'boards-team-chart');
});
