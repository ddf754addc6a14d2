/**
 * The report as PDF: the print HTML of shared/report/html, printed by Chromium. What prints is a
 * port — Electron's webContents.printToPDF in the app, a headless Chromium for the command line
 * and the tests — so the same markup and the same paged.js numbering make every PDF.
 */
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { fail } from '../../../shared/errors';
import { ok } from '../../../shared/result';
import { outlineFor } from '../../../shared/report/postTraining/outlineFor';
import { reportHtml } from '../../../shared/report/html/document';
import { writeFileDurably } from '../durableWrite';
import type { ReportExporter } from '../services';

/** Prints a complete HTML page (with paged.js added by the printer) to PDF bytes. */
export type PdfPrinter = (html: string) => Promise<Uint8Array>;

export function createPdfExporter(print: PdfPrinter): ReportExporter {
  return async (request, target) => {
    const started = performance.now();
    try {
      await fsp.stat(path.dirname(target));
      const { outline, context } = outlineFor(request);
      const bytes = await print(reportHtml(outline, context));
      await writeFileDurably(target, bytes);
      return ok({ bytes: bytes.length, millis: Math.round(performance.now() - started) });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      return fail('EXPORT_PDF_FAILED', {
        detail: code === 'ENOENT' ? 'folder tujuan tidak ada' : code === 'ENOSPC' ? 'ruang disk penuh' : 'PDF tidak dapat dibuat',
      });
    }
  };
}

/**
 * Run in the page before paged.js. It notes every anchor first; once paged.js has cut the
 * document into pages it checks that none went missing, then the page numbers are
 * written from where things really landed: the cover without a number, the front matter i, ii …,
 * arabic from BAB I, and each list entry gets the number of the page holding its target. Nothing
 * reflows (the numbers have reserved room), so what the lists say is what the pages show.
 */
export const PAGED_CONFIG = `window.PagedConfig = { auto: true,
  before: () => { window.__rancangIds = Array.from(document.querySelectorAll('[id]'), (e) => e.id); },
  after: () => {
  const roman = (n) => { let out = ''; for (const [v, s] of [[1000,'m'],[900,'cm'],[500,'d'],[400,'cd'],[100,'c'],[90,'xc'],[50,'l'],[40,'xl'],[10,'x'],[9,'ix'],[5,'v'],[4,'iv'],[1,'i']]) while (n >= v) { out += s; n -= v; } return out; };
  const pages = Array.from(document.querySelectorAll('.pagedjs_page'));
  const bodyStart = pages.findIndex((p) => p.querySelector('.body-start'));
  const label = (i) => (i === 0 ? '' : bodyStart < 0 || i < bodyStart ? roman(i) : String(i - bodyStart + 1));
  pages.forEach((p, i) => {
    const text = label(i);
    if (!text) return;
    const folio = document.createElement('div');
    folio.className = 'folio';
    folio.textContent = text;
    p.appendChild(folio);
  });
  document.querySelectorAll('.toc a[href^="#"]').forEach((a) => {
    const target = document.getElementById(a.getAttribute('href').slice(1));
    const at = target ? pages.findIndex((p) => p.contains(target)) : -1;
    const num = a.querySelector('.num');
    if (num) num.textContent = at >= 0 ? label(at) : '';
  });
  // paged.js gives up silently on content it cannot place; a PDF missing chapters must never be written.
  const lost = window.__rancangIds.filter((id) => !document.getElementById(id));
  window.__rancangPaged = lost.length ? 'lost ' + lost.length + ': ' + lost.slice(0, 3).join(' ') : true;
} };`;

/** What PAGED_CONFIG leaves in window.__rancangPaged: true, or why the pages are incomplete. */
export type PagedOutcome = true | string;
