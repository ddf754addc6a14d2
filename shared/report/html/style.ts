/**
 * Paged-media CSS of the print HTML. $SIZE, $MARGIN, $FONT_SIZE and $LINE come from the document
 * settings. The front matter is numbered i, ii …, the body 1, 2 … from BAB I, the cover not at all,
 * as in the DOCX.
 */
export const PRINT_CSS = `
@page { size: $SIZE; margin: $MARGIN; }
/* Page numbers are written after pagination (electron/core/report/pdf.ts), where things really landed. */
.pagedjs_page { position: relative; }
.folio { position: absolute; left: 0; right: 0; bottom: 1.6cm; text-align: center; font-size: 12pt; }
html { font-family: 'Times New Roman', 'Liberation Serif', serif; font-size: $FONT_SIZE; line-height: $LINE; color: #000; }
body { margin: 0; text-align: justify; overflow-wrap: break-word; }
p { margin: 0 0 0.4em; orphans: 2; widows: 2; }
.cover { text-align: center; font-weight: 700; break-after: page; }
.cover p { margin: 0; }
.cover-title { margin: 2.5em 0 4em !important; }
.cover-by { font-weight: 400; }
.cover-cohort { margin-top: 4em !important; }
.cover-org { margin-top: 4em !important; }
.cover-city { margin-top: 4em !important; }
.front { break-before: page; }
.front-title { text-align: center; font-weight: 700; margin-bottom: 1.5em; }
.front-subtitle { text-align: center; font-weight: 700; margin-top: -1em; margin-bottom: 1.5em; }
.center { text-align: center; }
.place { text-align: right; margin-top: 1em; }
table.fields { border: none; margin: 0 0 1em; }
table.fields td { border: none; padding: 0 0.3em 0 0; vertical-align: top; }
.signatures { display: flex; flex-wrap: wrap; justify-content: space-around; gap: 1em 2em; break-inside: avoid; text-align: center; }
.signature { min-width: 40%; }
.signature p { margin: 0; }
.sign-space { height: 2.2cm; }
.sign-name { font-weight: 700; text-decoration: underline; }
ol.toc { list-style: none; padding: 0; margin: 0; }
.toc li { display: flex; margin: 0 0 0.2em; text-align: left; text-align-last: left; }
.toc .toc-2 { padding-left: 1.5em; }
.toc a { color: #000; text-decoration: none; display: flex; flex: 1 1 auto; width: 100%; }
.toc a span:first-child { flex: 1 1 auto; }
.toc a .num { min-width: 2.5em; text-align: right; padding-left: 0.5em; }
.chapter { break-before: page; }
h1 { text-align: center; font-size: 1em; font-weight: 700; margin: 0 0 1.5em; break-after: avoid; }
h1 .bab { display: block; }
/* paged.js justifies the last line of a split element; headings and lists never want that. */
h1, h2, h3, .caption, figcaption { text-align-last: auto; }
h2 { text-align: left; font-size: 1em; margin: 1em 0 0.3em; break-after: avoid; }
h3 { text-align: left; font-size: 1em; margin: 0.8em 0 0.2em; break-after: avoid; }
.indent { text-indent: 1.25cm; }
.missing { color: #b42318; font-weight: 700; font-style: italic; }
.caption { text-align: center; text-align-last: center; margin: 0.8em 0 0.3em; break-after: avoid; }
figure { margin: 0.8em 0; text-align: center; break-inside: avoid; }
figure .caption, figcaption { text-align: center; margin-top: 0.3em; }
/* A figure must fit one page's text area, or paged.js cannot place it (and stops). */
figure svg, figure img { max-width: 100%; width: auto; height: auto; max-height: 18cm; }
figure .chart svg { width: 100%; }
table { border-collapse: collapse; width: 100%; font-size: 0.92em; line-height: 1.2; margin-bottom: 0.8em; }
table.compact { font-size: 0.83em; }
th, td { border: 1px solid #000; padding: 0.15em 0.3em; vertical-align: top; text-align: left; hyphens: none; }
th, td.nowrap { white-space: nowrap; }
th { text-align: center; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
.source { font-size: 0.85em; }
`;
