/**
 * Electron's PdfPrinter: the print HTML in a hidden, sandboxed window with no preload and no
 * Node, paged.js run in it, then webContents.printToPDF — the same Chromium printing the tests use
 * through Playwright. The page is written to a temp file (data: URLs are capped in size) and the
 * window is destroyed whatever happens.
 */
import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserWindow as ElectronWindow, BrowserWindowConstructorOptions } from 'electron';
import { PAGED_CONFIG, type PagedOutcome, type PdfPrinter } from './core/report/pdf';

type WindowClass = new (options: BrowserWindowConstructorOptions) => ElectronWindow;

const WAIT_FOR_PAGES = `new Promise((resolve) => {
  const started = Date.now();
  const tick = setInterval(() => {
    if (window.__rancangPaged !== undefined || Date.now() - started > 120000) { clearInterval(tick); resolve(window.__rancangPaged ?? 'timeout'); }
  }, 100);
})`;

export function electronPdfPrinter(Window: WindowClass, pagedPolyfill: string): PdfPrinter {
  return async (html) => {
    const file = path.join(os.tmpdir(), `rancang-cetak-${process.pid}-${randomBytes(6).toString('hex')}.html`);
    await fsp.writeFile(file, html);
    const win = new Window({
      show: false,
      webPreferences: { sandbox: true, contextIsolation: true, nodeIntegration: false, webSecurity: true, spellcheck: false },
    });
    try {
      win.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
      win.webContents.on('will-navigate', (e) => e.preventDefault());
      await win.loadFile(file);
      await win.webContents.executeJavaScript(PAGED_CONFIG);
      await win.webContents.executeJavaScript(pagedPolyfill);
      const outcome = (await win.webContents.executeJavaScript(WAIT_FOR_PAGES)) as PagedOutcome;
      if (outcome !== true) throw new Error(`pagination incomplete (${outcome})`);
      return new Uint8Array(await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true }));
    } finally {
      win.destroy();
      await fsp.rm(file, { force: true });
    }
  };
}
