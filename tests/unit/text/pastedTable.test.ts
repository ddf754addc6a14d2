/**
 * Pasted table data (Excel, Calc, Word, a browser) becomes plain-text cells; scripts, styles,
 * nested tables and pictures from the web do not survive, and nothing in the markup is fetched or run.
 */
import { describe, expect, it } from 'vitest';
import { htmlTableGrid, pastedGrid, tsvGrid } from '../../../shared/text/pastedTable';
import { readTextTable, tableSource } from '../../../shared/text/textTable';

/** Roughly what Excel puts on the clipboard: a style block in the head, Office attributes, &nbsp;. */
const EXCEL = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><style><!--td {mso-number-format:General;} .xl65 {color:red}--></style></head>
<body link="#0563C1"><!--StartFragment--><table border=0 cellpadding=0 cellspacing=0 width=256>
 <col width=128 span=2>
 <tr height=20><td height=20 class=xl65 width=128>Uraian</td><td class=xl65 width=128>Anggaran</td></tr>
 <tr height=20><td height=20>Honor&nbsp;narasumber</td><td align=right>Rp6.920.000</td></tr>
 <tr height=20><td height=20>Konsumsi &amp; rapat</td><td align=right>Rp1.200.000</td></tr>
<!--EndFragment--></table></body></html>`;

describe('HTML table data', () => {
  it('reads an Excel table: cells as text, entities decoded, styles gone', () => {
    expect(htmlTableGrid(EXCEL)).toEqual([
      ['Uraian', 'Anggaran'],
      ['Honor narasumber', 'Rp6.920.000'],
      ['Konsumsi & rapat', 'Rp1.200.000'],
    ]);
  });

  it('drops scripts, styles, event handlers, remote images and links’ targets, keeping the cells’ words', () => {
    const html = `<table><tr><th onclick="alert(1)">Nama<script>alert('x');fetch('https://evil.example/')</script></th><th>Foto</th></tr>
      <tr><td><style>td{background:url(https://evil.example/t.png)}</style><b>Budi</b> <a href="javascript:alert(2)">Santoso</a></td>
      <td><img src="https://evil.example/p.png" onerror="alert(3)">ada</td></tr></table>`;
    const grid = htmlTableGrid(html)!;
    expect(grid).toEqual([
      ['Nama', 'Foto'],
      ['Budi Santoso', 'ada'],
    ]);
    const written = tableSource(grid, 'T').source;
    for (const bad of ['script', 'alert', 'evil.example', 'style', 'img', 'onerror', 'javascript', '<', '>']) expect(written).not.toContain(bad);
  });

  it('drops a table nested in a cell whole, and keeps the outer table’s columns in place', () => {
    const html = `<table><tr><td>A</td><td>B</td></tr><tr><td>luar<table><tr><td>DALAM</td><td>x</td></tr></table> tetap</td><td>2</td></tr></table>`;
    expect(htmlTableGrid(html)).toEqual([
      ['A', 'B'],
      ['luar tetap', '2'],
    ]);
  });

  it('keeps the columns after a colspan cell in place and takes only the first table', () => {
    const html = `<table><tr><td colspan="2">Judul</td><td>C</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table><table><tr><td>kedua</td><td>x</td></tr></table>`;
    expect(htmlTableGrid(html)).toEqual([
      ['', 'Judul', 'C'],
      ['1', '2', '3'],
    ]);
  });

  it('is not a table when the markup has none (Word paragraphs), or when a script hides the only one', () => {
    expect(htmlTableGrid('<p class=MsoNormal>Paragraf <b>tebal</b></p>')).toBeNull();
    expect(htmlTableGrid('<script>"<table><tr><td>a</td><td>b</td></tr></table>"</script>')).toBeNull();
    expect(pastedGrid('<p>Paragraf</p>', 'Paragraf')).toBeNull();
  });

  it('scans megabytes of unclosed tags, quotes and declarations without hanging (hang guard, not a speed check)', () => {
    for (const hostile of [
      '<a "'.repeat(250_000),
      '<a'.repeat(500_000),
      '<!x'.repeat(300_000),
      `<table><tr><td>${'<b '.repeat(300_000)}`,
      '<?'.repeat(500_000),
    ])
      expect(htmlTableGrid(hostile)).toBeNull();
  }, 60_000);

  it('survives unterminated and hostile markup within its bounds', () => {
    expect(htmlTableGrid('<table><tr><td>a<td>b<tr><td>c<td>d')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(htmlTableGrid(`<table>${'<table>'.repeat(10_000)}</table>`)).toBeNull();
    expect(htmlTableGrid('<table><tr><td>&#0;&#xD800;&#x110000;ok&bogus;</td><td>&#65;</td></tr></table>')).toEqual([['ok&bogus;', 'A']]);
  });
});

describe('tab-separated data', () => {
  it('reads Excel/Calc text with quoted cells holding line breaks and quotes', () => {
    expect(tsvGrid('Uraian\tJumlah\r\n"Honor\r\nnarasumber"\t6.920.000\r\n"kata ""kutip"""\t1\r\n')).toEqual([
      ['Uraian', 'Jumlah'],
      ['Honor narasumber', '6.920.000'],
      ['kata "kutip"', '1'],
    ]);
  });

  it('is not a table for typed text with a stray tab, a single line or no tabs', () => {
    expect(tsvGrid('baris satu\tdengan tab\nbaris dua tanpa')).toBeNull();
    expect(tsvGrid('a\tb')).toBeNull();
    expect(tsvGrid('a\nb')).toBeNull();
  });

  it('falls back to the text when the HTML holds no table, and the grid becomes a readable pipe table', () => {
    const grid = pastedGrid('<meta charset="utf-8"><span>x</span>', 'NIP\tNama\n19800101 200501 1 005\tSiti')!;
    const t = readTextTable(tableSource(grid, 'Tim').source);
    expect(t !== null && t !== 'over' ? t.rows : null).toEqual([['19800101 200501 1 005', 'Siti']]);
  });
});
