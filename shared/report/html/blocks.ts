/**
 * Outline blocks as print HTML (a string, every text escaped): the same chapters, numbering,
 * tables and figures the DOCX and the in-app reading view show. Used for the PDF, which Chromium
 * prints from this markup; charts are the SVG of shared/charts, pictures data: URLs of the
 * project's own bytes.
 */
import { escapeXml } from '../../charts/xml';
import { blockText, parseRichText, type Block as TextBlock, type Run } from '../../text/richText';
import type { Block, Cell, TableBlock } from '../outline';
import { MISSING } from '../terms';

export const esc = (s: string) => escapeXml(s);

/** Base64 of a picture's bytes for a data: URL, through the platform's btoa (in chunks: a 4 MB photo in one call would overflow the argument list). */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function runsHtml(runs: readonly Run[]): string {
  return runs
    .map((r) => {
      let h = r.text === MISSING ? `<span class="missing">${esc(r.text)}</span>` : esc(r.text).replace(/\n/g, '<br>');
      if (r.italic) h = `<em>${h}</em>`;
      if (r.bold) h = `<strong>${h}</strong>`;
      return h;
    })
    .join('');
}

function richHtml(blocks: readonly TextBlock[], required: boolean): string {
  if (!blocks.length) return required ? `<p class="missing">${esc(MISSING)}</p>` : '';
  return blocks
    .map((b) => {
      if (b.kind === 'paragraph') return `<p class="indent">${runsHtml(b.runs)}</p>`;
      if (b.kind === 'heading') return `<p><strong>${runsHtml(b.runs)}</strong></p>`;
      if (b.kind !== 'list') return `<p class="indent">${esc(blockText(b))}</p>`;
      const items = b.items.map((i) => `<li>${runsHtml(i)}</li>`).join('');
      return b.ordered ? `<ol start="${b.start ?? 1}">${items}</ol>` : `<ul>${items}</ul>`;
    })
    .join('');
}

function cellHtml(c: Cell, tag: 'td' | 'th' = 'td'): string {
  if (typeof c === 'string') return `<${tag}>${esc(c)}</${tag}>`;
  const style = [c.align ? `text-align:${c.align}` : '', c.shade ? `background:#${c.shade.replace(/[^0-9a-fA-F]/g, '')}` : '', c.bold ? 'font-weight:700' : '']
    .filter(Boolean)
    .join(';');
  const attrs = `${c.span && c.span > 1 ? ` colspan="${Math.floor(c.span)}"` : ''}${style ? ` style="${style}"` : ''}${c.align === 'right' || c.align === 'center' ? ' class="nowrap"' : ''}`;
  const body = c.missing ? `<span class="missing">${esc(MISSING)}</span>` : c.runs ? runsHtml(c.runs) : esc(c.text ?? '');
  return `<${tag}${attrs}>${body}</${tag}>`;
}

function tableHtml(t: TableBlock): string {
  const caption = t.caption
    ? `<p class="caption table-caption" id="${esc(t.caption.bookmark)}"><strong>${esc(t.caption.label)}</strong> ${esc(t.caption.title)}</p>`
    : '';
  const group = t.groupHeader ? `<tr>${t.groupHeader.map((g) => `<th colspan="${Math.floor(g.span)}">${esc(g.text)}</th>`).join('')}</tr>` : '';
  const head = `<tr>${t.columns.map((c) => `<th>${esc(c.header)}</th>`).join('')}</tr>`;
  const rows = t.rows.map((r) => `<tr>${r.map((c) => cellHtml(c)).join('')}</tr>`).join('');
  return `${caption}<table class="${t.compact ? 'compact' : ''}"><thead>${group}${head}</thead><tbody>${rows}</tbody></table>${t.source ? `<p class="source">${esc(t.source)}</p>` : ''}`;
}

export function blockHtml(b: Block, anchor?: string): string {
  switch (b.kind) {
    case 'heading':
      return b.level === 2 ? `<h2${anchor ? ` id="${anchor}"` : ''}>${esc(b.text)}</h2>` : `<h3>${esc(b.text)}</h3>`;
    case 'rich':
      return richHtml(b.blocks ?? parseRichText(b.source), b.required !== false);
    case 'paragraph':
      return `<p class="${b.indent ? 'indent' : ''}"${b.align ? ` style="text-align:${b.align}"` : ''}>${runsHtml(b.runs)}</p>`;
    case 'list': {
      const items = b.items.map((i) => `<li>${runsHtml(i)}</li>`).join('');
      return b.ordered ? `<ol>${items}</ol>` : `<ul>${items}</ul>`;
    }
    case 'table':
      return tableHtml(b);
    case 'figure':
      // The chart SVG is our own output with every text escaped (shared/charts); inline, so it is
      // drawn with the page's fonts (an <img> SVG could not reach them).
      return `<figure role="img" aria-label="${esc(b.altText)}"><div class="chart">${b.chart.svg}</div><figcaption class="caption" id="${esc(b.caption.bookmark)}"><strong>${esc(b.caption.label)}</strong> ${esc(b.caption.title)}</figcaption></figure>`;
    case 'picture':
      return `<figure><img class="photo" alt="${esc(b.caption)}" src="data:image/${b.picture.type === 'png' ? 'png' : 'jpeg'};base64,${base64(b.picture.data)}">${
        b.numbered
          ? `<figcaption class="caption" id="${esc(b.numbered.bookmark)}"><strong>${esc(b.numbered.label)}</strong> ${esc(b.caption)}</figcaption>`
          : `<figcaption>${esc(b.caption)}</figcaption>`
      }</figure>`;
    default: {
      const unknown: never = b;
      return unknown;
    }
  }
}
