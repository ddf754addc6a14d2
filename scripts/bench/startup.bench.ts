/**
 * Start-up figures: the JavaScript the window loads before it can show anything (the entry
 * script of the built renderer and every chunk it imports statically, raw and gzip), and the
 * time to interactive in Chromium: from navigation start until the start screen's "Buka berkas…"
 * button can be used, each run in a fresh browser context (cold cache), median with min–max.
 * Uses the built renderer (dist/, or $RANCANG_DIST; run `npm run build` first).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { DIST, startBridge } from '../../tests/e2e/support/bridge';
import type { BenchRow } from './index';
import { spread } from './stats';
import { chromiumPath } from '../support/chromiumPath';

export const name = 'startup';

/** The entry chunk and its static imports, transitively: what runs before the first paint. */
function startupScripts(): string[] {
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const entry = html.match(/<script type="module"[^>]*src="\.\/([^"]+)"/)![1]!;
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(path.join(DIST, file), 'utf8');
    // Static imports only ("import … from './x.js'" / "import './x.js'"); import() loads later.
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w$*{},\s]+from\s*)?["']\.\/([^"']+\.js)["']/g))
      visit(path.posix.join(path.posix.dirname(file), m[1]!));
  };
  visit(entry);
  return [...seen];
}

export async function run(): Promise<BenchRow[]> {
  const files = startupScripts();
  const bytes = files.map((f) => readFileSync(path.join(DIST, f)));
  const raw = bytes.reduce((n, b) => n + b.length, 0);
  const gz = bytes.reduce((n, b) => n + gzipSync(b).length, 0);
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const tti: number[] = [];
  try {
    for (let i = 0; i < Number(process.env['BENCH_RUNS'] ?? 5); i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
      const page = await context.newPage();
      const app = await startBridge(page);
      try {
        await page.getByRole('button', { name: 'Buka berkas…' }).waitFor({ state: 'visible' });
        await page.getByRole('button', { name: 'Buka berkas…' }).isEnabled();
        tti.push(await page.evaluate<number>('performance.now()'));
      } finally {
        await app.dispose();
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
  return [
    {
      measure: 'start-up JS (entry + static imports)',
      value: `${(raw / 1024).toFixed(0)} KB`,
      note: `${(gz / 1024).toFixed(0)} KB gzip, ${files.length} file(s): ${files.join(', ')}`,
    },
    {
      measure: 'time to interactive (start screen usable)',
      value: spread(tti),
      note: 'Chromium, fresh context each run; an upper bound: read once Playwright sees the button',
    },
  ];
}
