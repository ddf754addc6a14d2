/**
 * Like the `app` fixture, with the real report, PDF, slides and poster exporters (fonts from the
 * repository) behind window.api. The PDF is printed by a second Debian Chromium, started only when
 * a test asks for a PDF — in the app, Electron's own Chromium prints the same HTML.
 */
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { createReportExporter } from '../../../electron/core/report/exporter';
import { createPdfExporter } from '../../../electron/core/report/pdf';
import { createSlidesExporter } from '../../../electron/core/slides/slidesExporter';
import { createPosterExporter } from '../../../electron/core/poster/posterExporter';
import { chromiumPrinter, type ChromiumPrinter } from '../../../scripts/support/chromiumPrinter';
import { ROOT, startBridge, type Bridge } from './bridge';

export const test = base.extend<{ app: Bridge }>({
  app: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const fontsDir = path.join(ROOT, 'renderer/public/fonts');
    const held: { printer?: Promise<ChromiumPrinter> } = {};
    const exportPdf = createPdfExporter(async (html) => (await (held.printer ??= chromiumPrinter())).print(html));
    const bridge = await startBridge(page, {
      exportReport: createReportExporter({ fontsDir }),
      exportPdf,
      printPdf: async (html) => (await (held.printer ??= chromiumPrinter())).print(html),
      exportSlides: createSlidesExporter({ fontsDir }),
      exportPoster: createPosterExporter({ fontsDir }),
    });
    await use(bridge);
    await bridge.dispose();
    if (held.printer) await (await held.printer).close();
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
