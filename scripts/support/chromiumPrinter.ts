/**
 * A PdfPrinter for the command line and the tests: Debian's Chromium driven by Playwright (never
 * a downloaded browser). In the app, Electron's own Chromium prints the same HTML.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Browser } from 'playwright';
import { PAGED_CONFIG, type PagedOutcome, type PdfPrinter } from '../../electron/core/report/pdf';
import { chromiumPath } from './chromiumPath';

export interface ChromiumPrinter {
  print: PdfPrinter;
  close(): Promise<void>;
}

export async function chromiumPrinter(executablePath = chromiumPath()): Promise<ChromiumPrinter> {
  // The package's exports map hides dist/; find the folder through its main entry.
  const polyfill = readFileSync(path.join(path.dirname(createRequire(import.meta.filename).resolve('pagedjs')), '../dist/paged.polyfill.js'), 'utf8');
  // Loaded only when a PDF is asked for: the bundled report command keeps Playwright outside and starts without it.
  const { chromium } = await import('playwright');
  const browser: Browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'] });
  return {
    async print(html) {
      const page = await browser.newPage();
      try {
        // Nothing may be fetched: the page is self-contained (pictures as data: URLs).
        await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
        // The page first, then paged.js as a script element (a 900 KB inline script does not survive document.write).
        await page.setContent(html, { waitUntil: 'load' });
        await page.evaluate(PAGED_CONFIG);
        await page.addScriptTag({ content: polyfill });
        const outcome = await page.waitForFunction(() => (window as unknown as { __rancangPaged?: PagedOutcome }).__rancangPaged, null, { timeout: 120_000 });
        const paged = (await outcome.jsonValue()) as PagedOutcome;
        if (paged !== true) throw new Error(`pagination incomplete (${paged})`);
        return new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}
