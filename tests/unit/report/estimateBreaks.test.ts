/** The page estimate reads the body as LibreOffice breaks its lines: justified → left, the document itself untouched. */
import { describe, expect, it } from 'vitest';
import { asBrokenByLibreOffice } from '../../../shared/report/docx/pageNumbers';

const jc = (v: string) => ({ 'w:jc': { _attr: { 'w:val': v } } });
const run = { 'w:r': [{ 'w:t': ['teks'] }] };

describe('asBrokenByLibreOffice', () => {
  it('states every paragraph left-aligned, in cells too, and leaves the written body as it was', () => {
    const body = {
      'w:body': [
        { 'w:p': [{ 'w:pPr': [{ 'w:pStyle': { _attr: { 'w:val': 'Isi' } } }] }, run] },
        { 'w:p': [{ 'w:pPr': [jc('both')] }, run] },
        { 'w:p': [{ 'w:pPr': [jc('center')] }, run] },
        { 'w:tbl': [{ 'w:tr': [{ 'w:tc': [{ 'w:p': [run] }] }] }] },
      ],
    };
    const before = JSON.stringify(body);
    const read = asBrokenByLibreOffice(body) as typeof body;
    expect(JSON.stringify(body)).toBe(before);
    const paragraphs = JSON.stringify(read).match(/"w:jc":\{"_attr":\{"w:val":"[a-z]+"\}\}/g);
    expect(paragraphs).toEqual([
      '"w:jc":{"_attr":{"w:val":"left"}}',
      '"w:jc":{"_attr":{"w:val":"left"}}',
      '"w:jc":{"_attr":{"w:val":"center"}}',
      '"w:jc":{"_attr":{"w:val":"left"}}',
    ]);
    expect(JSON.stringify(read)).toContain('"w:pStyle":{"_attr":{"w:val":"Isi"}}');
  });

  it("copies only what changes: the runs are the body's own, and a paragraph already aligned otherwise is kept whole", () => {
    const centred = { 'w:p': [{ 'w:pPr': [jc('center')] }, run] };
    const body = { 'w:body': [{ 'w:p': [{ 'w:pPr': [jc('both')] }, run] }, centred] };
    const read = asBrokenByLibreOffice(body) as { 'w:body': { 'w:p': unknown[] }[] };
    expect(read).not.toBe(body);
    expect(read['w:body'][0]!['w:p'][1]).toBe(run);
    expect(read['w:body'][1]).toBe(centred);
    expect(asBrokenByLibreOffice(centred)).toBe(centred);
  });
});
