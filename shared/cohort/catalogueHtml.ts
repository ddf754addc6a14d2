/**
 * The innovation catalogue as print HTML, for the PDF beside the DOCX (electron/core/cohort/catalogue.ts):
 * the same parts — a contents page, then one page per innovation with its problem, idea, aims,
 * results and whom to contact — in the report's sober style. Every text is escaped; the printer adds
 * paged.js and writes the page numbers (none on the contents page, 1, 2 … from the first innovation).
 */
import { escapeXml } from '../charts/xml';
import { formatDateLong } from '../format/dates';
import { neutraliseBidi } from '../text/displaySafe';
import type { InnovationProfile } from './profile';

const MISSING = '[belum diisi]';
const esc = (s: string) => escapeXml(neutraliseBidi(s));
const text = (s: string) =>
  (s.trim() ? s.trim() : MISSING)
    .split('\n')
    .map((line) => `<p>${esc(line)}</p>`)
    .join('');

const CSS = `
@page { size: A4; margin: 4cm 3cm 3cm 4cm; }
.pagedjs_page { position: relative; }
.folio { position: absolute; left: 0; right: 0; bottom: 1.6cm; text-align: center; font-size: 12pt; }
html { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: 12pt; line-height: 1.5; color: #000; }
body { margin: 0; text-align: justify; overflow-wrap: anywhere; }
p { margin: 0 0 0.4em; orphans: 2; widows: 2; }
.title { text-align: center; font-size: 16pt; font-weight: 700; margin: 0 0 0.3em; }
.subtitle { text-align: center; font-size: 13pt; margin: 0 0 2em; }
ol.contents { padding-left: 1.5em; text-align: left; }
.innovation { break-before: page; }
h1 { font-size: 14pt; margin: 0 0 1em; break-after: avoid; text-align: left; }
h2 { font-size: 12pt; margin: 1em 0 0.2em; break-after: avoid; }
.facts { margin: 0 0 0.6em; }
.facts b { font-weight: 700; }
`;

export function catalogueHtml(title: string, profiles: readonly InnovationProfile[]): string {
  const contents = profiles.map((p) => `<li>${esc(p.name.trim() || MISSING)} — ${esc(p.initiator)}</li>`).join('');
  const pages = profiles.map((p, i) => {
    const facts = [
      ['Tahapan', p.stage],
      ['Jenis', p.kinds],
      ['Mulai', p.startDate ? formatDateLong(p.startDate, 'id') : ''],
    ]
      .filter(([, v]) => v)
      .map(([k, v]) => `<p class="facts"><b>${k}:</b> ${esc(v!)}</p>`)
      .join('');
    const parts = (
      [
        ['Permasalahan', p.problem],
        ['Gagasan', p.design],
        ['Tujuan', p.aims],
        ['Hasil', p.results],
      ] as const
    )
      .map(([label, value]) => `<h2>${label}</h2>${text(value)}`)
      .join('');
    const contact = [p.initiator, p.position, p.agency].filter((s) => s.trim()).map((s, j) => (j === 0 ? `<p><b>${esc(s)}</b></p>` : `<p>${esc(s)}</p>`));
    // The first innovation starts the numbered pages (electron/core/report/pdf.ts looks for .body-start).
    return `<section class="innovation${i === 0 ? ' body-start' : ''}" id="inovasi-${i + 1}"><h1>${i + 1}. ${esc(p.name.trim() || MISSING)}</h1>${facts}${parts}<h2>Kontak</h2>${contact.join('')}</section>`;
  });
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Katalog Inovasi — ${esc(title)}</title><style>${CSS}</style></head><body>
<p class="title">KATALOG INOVASI</p><p class="subtitle">${esc(title)}</p><ol class="contents">${contents}</ol>
${pages.join('\n')}</body></html>`;
}
