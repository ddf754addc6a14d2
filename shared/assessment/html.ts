/** The lembar penilaian as a print HTML page for Chromium (electron/core/report/pdf.ts): the same lines as the DOCX. */
import { escapeXml } from '../charts/xml';
import type { Project } from '../model/types';
import type { Reviewer } from '../review/types';
import { sheetLines } from './lines';
import type { Assessment } from './sheet';

const esc = (s: string) => escapeXml(s).replace(/\n/g, '<br>');

export function assessmentHtml(a: Assessment, p: Project, reviewer: Reviewer): string {
  const s = sheetLines(a, p, reviewer);
  const d = p.documentSettings;
  const size = d.paper === 'F4' ? '21.5cm 33cm' : 'A4';
  const m = d.marginsCm;
  const css = `@page { size: ${size}; margin: ${m.top}cm ${m.right}cm ${m.bottom}cm ${m.left}cm; }
html { font-family: '${d.font}', 'Liberation Serif', serif; font-size: ${d.fontSizePt}pt; line-height: 1.2; color: #000; }
body { margin: 0; }
.warn { color: #B42318; font-style: italic; font-weight: 700; text-align: center; margin-bottom: 1em; }
h1 { text-align: center; font-size: 1em; margin: 0; }
.sub { text-align: center; font-weight: 700; margin: 0.2em 0 1.5em; }
table { border-collapse: collapse; width: 100%; }
table.id td { padding: 0 0.3em 0.2em 0; vertical-align: top; }
table.scores td, table.scores th { border: 1px solid #000; padding: 0.2em 0.4em; }
table.scores th { background: #E4E9F0; }
.c { text-align: center; } .r { text-align: right; }
.sign { margin: 1.5em 0 0 55%; break-inside: avoid; }
.sign p { margin: 0; }
.sign .space { height: 2cm; }
.sub + table, table.id { margin-bottom: 1em; }`;
  const rows = s.rows
    .map(
      (r) =>
        `<tr><td class="c">${esc(r[0]!)}</td><td>${esc(r[1]!)}</td><td class="c">${esc(r[2]!)}</td><td class="c">${esc(r[3]!)}</td><td class="r">${esc(r[4]!)}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${esc(s.title)}</title><style>${css}</style></head><body>
${s.exampleWarning ? `<p class="warn">${esc(s.exampleWarning)}</p>` : ''}
<h1 id="judul">${esc(s.title)}</h1><p class="sub">${esc(s.subtitle)}</p>
<table class="id">${s.identity.map(([l, v]) => `<tr><td style="width:24%">${esc(l)}</td><td style="width:3%">:</td><td>${esc(v)}</td></tr>`).join('')}</table>
<table class="scores"><thead><tr>${s.header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows}
<tr><th colspan="4" class="r">${esc(s.total[0])}</th><th class="r">${esc(s.total[1])}</th></tr>
<tr><th colspan="4" class="r">${esc(s.grade[0])}</th><th class="r">${esc(s.grade[1])}</th></tr></tbody></table>
<p><b>Catatan:</b><br>${esc(s.note || '–')}</p>
<div class="sign"><p>${esc(s.signature.placeDate)}<br>${esc(s.signature.role)}</p><div class="space"></div><p><b>${esc(s.signature.name)}</b>${s.signature.nip ? `<br>${esc(s.signature.nip)}` : ''}</p></div>
</body></html>`;
}
