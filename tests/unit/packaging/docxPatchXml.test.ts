/**
 * The sixth part of the docx patch (docs/upstream/docx-layout-speed.md): the writing of the XML with fewer arrays and
 * walks. Each change must give what docx gave; the one-walk writer is checked against docx's two walks in
 * docxPatch.test.ts, the rest here on the components themselves, and the whole on our documents by comparing the
 * parts byte for byte before and after (done when the patch was made; the figures are in the doc).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  createBorderElement,
  Document,
  Footer,
  NextAttributeComponent,
  Packer,
  Paragraph,
  SimpleField,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  XmlComponent,
  HeadingLevel,
} from 'docx';
import { estimatePageNumbers } from 'docx/layout';
import { describe, expect, it } from 'vitest';
import type { IContext } from 'docx';
import { ROOT } from '../helpers';

/** What the components are written with; these read nothing of it but the stack. */
const context = () => ({ stack: [] }) as unknown as IContext;
/** XmlComponent is abstract in the types; any subclass writes as it does. */
class Element extends XmlComponent {}

const index = () => readFileSync(path.join(ROOT, 'node_modules/docx/dist/index.mjs'), 'utf8');

describe('the XML part of the docx patch', () => {
  it('is applied', () => {
    const code = index();
    for (const marker of [
      'the children in one loop, as flatMap then filter gave them',
      'the attributes and the content written as strings as they come',
      "one object filled in order, as the reducer's copies gave it",
      'the attributes defined put in order, as Object.fromEntries did',
      'an element without content (most are: attributes only) is not',
      'a key without braces is among the placeholders exactly when',
      "the paragraphs' heading levels are read only when a field counts",
      "a paragraph's text is read (paragraphDetailsOf) only for a paragraph",
      'a string key is its own property key',
      'the borders and the margins of cells given the same frozen options',
      'one empty set for the paragraphs whose bookmarks',
      'the headings gathered in one loop',
    ])
      expect(code, marker).toContain(`rancang-perubahan patch docx-layout-speed: ${marker}`);
    expect(code).toContain('rancang-perubahan: the section properties gathered on this walk, in order');
  });

  it("writes a component's children as flatMap and filter did: arrays spread one level, undefined left out", () => {
    const parent = new Element('w:x');
    const child = new Element('w:c');
    const nested = { 'w:n': [] };
    // Raw values among the children, as some components push them.
    (parent as unknown as { root: unknown[] }).root.push(child, 'text', undefined, [nested, undefined, [1]], 0);
    expect(parent.prepForXml(context())).toEqual({ 'w:x': [{ 'w:c': {} }, 'text', nested, [1], 0] });
  });

  it('writes builder attributes in one object: a key given twice keeps its first place and its last value', () => {
    const attributes = new NextAttributeComponent({
      a: { key: 'w:a', value: 1 },
      b: { key: 'w:b', value: undefined as unknown as string },
      c: { key: 'w:c', value: 'x' },
      d: { key: 'w:a', value: 2 },
    });
    const { _attr } = attributes.prepForXml(context()) as { _attr: Record<string, unknown> };
    expect(Object.entries(_attr)).toEqual([
      ['w:a', 2],
      ['w:c', 'x'],
    ]);
  });

  it('writes colour attributes in the order given, a theme colour with the colour it comes to, undefined left out', () => {
    const border = createBorderElement('w:top', { style: 'single', color: { theme: 'accent1', lighter: 0.4 }, size: 4 });
    const { _attr } = (border.prepForXml(context()) as { 'w:top': { _attr: Record<string, unknown> } })['w:top'];
    expect(Object.keys(_attr)).toEqual(['w:val', 'w:color', 'w:themeColor', 'w:themeTint', 'w:sz']);
    expect(_attr['w:color']).toMatch(/^[0-9A-F]{6}$/);
  });

  it('writes cells given the same frozen borders and margins as cells given copies of them, and follows options that may change', () => {
    const border = (color: string | { theme: 'accent1'; lighter: number }) => ({ style: 'single' as const, size: 4, color });
    const borders = (color: string | { theme: 'accent1'; lighter: number }) => ({
      top: border(color),
      bottom: border(color),
      left: border(color),
      right: border(color),
    });
    const deepFreeze = <T extends object>(value: T): T => {
      for (const inner of Object.values(value)) if (typeof inner === 'object' && inner !== null) deepFreeze(inner);
      return Object.freeze(value);
    };
    const documentXml = (cellOptions: () => { borders: ReturnType<typeof borders>; margins: { top: number; left: number } }) => {
      const rows = [0, 1, 2].map(() => new TableRow({ children: [0, 1].map(() => new TableCell({ children: [new Paragraph('x')], ...cellOptions() })) }));
      return String(Packer.toFiles(new Document({ sections: [{ children: [new Table({ rows })] }] })).get('word/document.xml'));
    };
    for (const color of ['000000', { theme: 'accent1' as const, lighter: 0.4 }]) {
      const frozen = deepFreeze({ borders: borders(color), margins: { top: 30, left: 70 } });
      const copies = documentXml(() => ({ borders: borders(color), margins: { top: 30, left: 70 } }));
      expect(documentXml(() => frozen)).toBe(copies);
      expect(copies).toContain('<w:tcMar><w:top w:type="dxa" w:w="30"/><w:left w:type="dxa" w:w="70"/></w:tcMar>');
    }
    // Options that aren't frozen are read for each cell: changed between cells, each cell writes its own.
    const shared = { borders: borders('000000'), margins: { top: 30, left: 70 } };
    let cell = 0;
    const xml = documentXml(() => {
      shared.margins.top = 10 * ++cell;
      return shared;
    });
    expect([...xml.matchAll(/<w:tcMar><w:top w:type="dxa" w:w="(\d+)"/g)].map((m) => m[1])).toEqual(['10', '20', '30', '40', '50', '60']);
  });

  it("gives each footer its sections' number of pages, from the section properties gathered while the body's fields are filled in", () => {
    const footer = () => new Footer({ children: [new Paragraph({ children: [new TextRun('Halaman dari '), new SimpleField('SECTIONPAGES')] })] });
    const long = Array.from({ length: 150 }, (_, i) => new Paragraph({ children: [new TextRun(`Paragraf ${i + 1}`)] }));
    // Three pages or more, then one page, then one page under the second section's footer (it has none of its own).
    const doc = new Document({
      pageNumbers: estimatePageNumbers,
      sections: [
        { footers: { default: footer() }, children: long },
        { footers: { default: footer() }, children: [new Paragraph('Satu')] },
        { children: [new Paragraph('Dua')] },
      ],
    });
    const files = Packer.toFiles(doc);
    const counts = [...files.keys()]
      .filter((name) => /^word\/footer\d+\.xml$/.test(name))
      .sort()
      .map((name) => /<w:fldSimple w:instr="SECTIONPAGES"><w:r><w:t xml:space="preserve">(\d+)<\/w:t>/.exec(String(files.get(name)))?.[1]);
    expect(counts).toHaveLength(2);
    expect(Number(counts[0])).toBeGreaterThanOrEqual(3);
    // The second footer is on two sections of one page each: one number for both.
    expect(counts[1]).toBe('1');
  });

  it('numbers SEQ fields counted after headings (\\s) and writes the TOC entries of the headings only', async () => {
    const children = [new TableOfContents('Isi', { headingStyleRange: '1-2' }), new Paragraph({ heading: HeadingLevel.HEADING_1, children: [] })];
    for (const chapter of ['Satu', 'Dua']) {
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(chapter)] }));
      for (let i = 0; i < 2; i++) children.push(new Paragraph({ children: [new TextRun('Tabel '), new SimpleField('SEQ Tabel \\s 1')] }));
    }
    const doc = new Document({ pageNumbers: estimatePageNumbers, sections: [{ children }] });
    const xml = String(Packer.toFiles(doc).get('word/document.xml'));
    const numbers = [...xml.matchAll(/<w:fldSimple w:instr="SEQ Tabel \\s 1"><w:r><w:t xml:space="preserve">(\d+)<\/w:t>/g)].map((m) => m[1]);
    expect(numbers).toEqual(['1', '2', '1', '2']);
    // The empty heading gets no entry; the two chapters do.
    expect([...xml.matchAll(/w:name="(_Toc\d+)"/g)]).toHaveLength(2);
  });
});
