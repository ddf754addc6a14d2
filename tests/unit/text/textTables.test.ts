/** Pipe tables and pictures in long texts: read by their own linear scan, within bounds, never losing what was typed. */
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../shared/model/limits';
import { parseBoundedRichText, parseRichText, plainText } from '../../../shared/text/richText';
import { pictureSource, readTextTable, tableSource } from '../../../shared/text/textTable';

const TABLE = ['Tabel: Jumlah pengaduan', '| Bulan | Jumlah |', '| --- | ---: |', '| Januari | 12 |', '| Februari | 7 |'].join('\n');

describe('pipe tables in long texts', () => {
  it('read a table with its caption, alignment and rows between paragraphs', () => {
    const blocks = parseRichText(`Paragraf **pertama**.\n\n${TABLE}\n\nParagraf kedua.`);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'table', 'paragraph']);
    const t = blocks[1]!.kind === 'table' ? blocks[1]!.table : null;
    expect(t).toEqual({
      caption: 'Jumlah pengaduan',
      header: ['Bulan', 'Jumlah'],
      align: [null, 'right'],
      rows: [
        ['Januari', '12'],
        ['Februari', '7'],
      ],
    });
  });

  it('keep a list that surrounds nothing else as a list, and a pipe line without delimiter row as text', () => {
    const blocks = parseRichText('- satu\n- dua\n\n| bukan | tabel |\n| masih teks |');
    expect(blocks.map((b) => b.kind)).toEqual(['list', 'paragraph']);
    expect(plainText('| bukan | tabel |')).toBe('| bukan | tabel |');
  });

  it('pad short rows and keep the surplus of long rows in the last cell; \\| is a pipe', () => {
    const t = readTextTable('| A | B |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |\n| a \\| b | c |');
    expect(t).not.toBe('over');
    expect(t && t !== 'over' ? t.rows : null).toEqual([
      ['1', ''],
      ['1', '2 | 3'],
      ['a | b', 'c'],
    ]);
  });

  it('show a table over a bound as plain text with the size notice, every character kept', () => {
    const wide = `| ${Array.from({ length: LIMITS.richText.tableColumns + 1 }, (_, i) => `k${i}`).join(' | ')} |\n|${'---|'.repeat(LIMITS.richText.tableColumns + 1)}`;
    const long = `| A |\n|---|\n| ${'x'.repeat(LIMITS.richText.cellChars + 1)} |`;
    const tall = `| A |\n|---|\n${'| r |\n'.repeat(LIMITS.richText.tableRows + 1)}`;
    for (const source of [wide, long, tall]) {
      const r = parseBoundedRichText(source);
      expect(r.limited).toBe('size');
      expect(r.blocks.every((b) => b.kind === 'paragraph')).toBe(true);
      expect(plainText(source).replace(/\s+/g, '')).toBe(source.replace(/\s+/g, ''));
    }
  });

  it('write a grid back as a table that reads the same, cut to the bounds', () => {
    const grid = [
      ['Nama', 'Catatan'],
      ['A|B', 'baris\nbaru'],
      ['C\\D', ''],
    ];
    const { source, cut } = tableSource(grid, 'Judul');
    expect(cut).toBe(false);
    const t = readTextTable(source);
    expect(t).toEqual({
      caption: 'Judul',
      header: ['Nama', 'Catatan'],
      align: [null, null],
      rows: [
        ['A|B', 'baris baru'],
        ['C\\D', ''],
      ],
    });
    const huge = Array.from({ length: LIMITS.richText.tableRows + 50 }, (_, r) => Array.from({ length: 20 }, (_, c) => `${r}-${c}`));
    const written = tableSource(huge, 'Besar');
    expect(written.cut).toBe(true);
    const back = readTextTable(written.source);
    expect(back !== null && back !== 'over' && back.rows.length === LIMITS.richText.tableRows && back.header.length === LIMITS.richText.tableColumns).toBe(
      true,
    );
  });
});

describe('pictures in long texts', () => {
  it('read ![caption](gambar:id) standing alone; anything else stays text', () => {
    const blocks = parseRichText(`Teks.\n\n${pictureSource('att_1', 'Alur [baru] layanan')}\n\n![bukan](https://contoh.id/a.png)\n\n![x](gambar:../etc)`);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'picture', 'paragraph', 'paragraph']);
    expect(blocks[1]).toEqual({ kind: 'picture', picture: { attachmentId: 'att_1', caption: 'Alur [baru] layanan' } });
    // A web picture in the text is never a picture: it prints as the literal text typed.
    expect(plainText('![bukan](https://contoh.id/a.png)')).toBe('![bukan](https://contoh.id/a.png)');
  });
});
