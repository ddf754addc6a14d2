/** Like the `app` fixture, with the real report and slides exporters (fonts from the repository) behind window.api. */
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { createReportExporter } from '../../../electron/core/report/exporter';
import { createSlidesExporter } from '../../../electron/core/slides/slidesExporter';
import { createPosterExporter } from '../../../electron/core/poster/posterExporter';
import { ROOT, startBridge, type Bridge } from './bridge';

export const test = base.extend<{ app: Bridge }>({
  app: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const fontsDir = path.join(ROOT, 'renderer/public/fonts');
    const bridge = await startBridge(page, { exportReport: createReportExporter({ fontsDir }), exportSlides: createSlidesExporter({ fontsDir }), exportPoster: createPosterExporter({ fontsDir }) });
    await use(bridge);
    await bridge.dispose();
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
