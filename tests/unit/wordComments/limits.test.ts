/** Hostile DOCX files: refused by size, entry count and ratio before anything is inflated, or by a lying header while inflating. */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCX_LIMITS, DocxRefused, openDocxPackage } from '../../../electron/core/review/docxPackage';
import { readWordFile } from '../../../electron/core/review/wordImport';
import { readWordRemarks } from '../../../electron/core/review/wordComments';
import { projectItemIds } from '../../../shared/wordComments/remarks';
import { sipantau } from '../domain/sipantau';
import { tempDir } from '../helpers';

const refusal = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    if (e instanceof DocxRefused) return e.reason;
    throw e;
  }
  throw new Error('not refused');
};

/** Patches the declared unpacked size of every entry (local header and central directory). */
function lyingSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe('a returned DOCX from someone else', () => {
  it('an oversized file is refused by its size on disk, before it is read', async () => {
    const dir = await tempDir();
    const file = path.join(dir, 'besar.docx');
    writeFileSync(file, new Uint8Array(DOCX_LIMITS.fileBytes + 1));
    const r = await readWordFile(file, sipantau());
    expect(r).toMatchObject({ ok: false, code: 'TOO_LARGE' });
    expect(refusal(() => openDocxPackage(new Uint8Array(DOCX_LIMITS.fileBytes + 1)))).toBe('TOO_LARGE');
  });

  it('a zip bomb is refused from its directory, before unpacking', async () => {
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(30 * 1024 * 1024) }, { level: 9 });
    expect(bomb.length).toBeLessThan(100 * 1024);
    expect(refusal(() => openDocxPackage(bomb))).toBe('RATIO');
    const dir = await tempDir();
    writeFileSync(path.join(dir, 'bom.docx'), bomb);
    expect(await readWordFile(path.join(dir, 'bom.docx'), sipantau())).toMatchObject({ ok: false, code: 'DOCX_UNSAFE' });
  });

  it('a header that lies about the size is caught while inflating, not followed', () => {
    const liar = lyingSizes(zipSync({ 'word/document.xml': new Uint8Array(4 * 1024 * 1024) }, { level: 9 }), 1000);
    const pkg = openDocxPackage(liar);
    expect(refusal(() => pkg.text('word/document.xml'))).toBe('ENTRY_TOO_LARGE');
  });

  it('too many entries, or too much declared in total, are refused', () => {
    const many: Record<string, Uint8Array> = {};
    for (let i = 0; i <= DOCX_LIMITS.entries; i++) many[`x/${i}.xml`] = strToU8('<a/>');
    expect(refusal(() => openDocxPackage(zipSync(many)))).toBe('TOO_MANY_ENTRIES');
    expect(refusal(() => openDocxPackage(strToU8('bukan zip sama sekali')))).toBe('NOT_ZIP');
  });

  it('an XML part with a DOCTYPE (entity expansion) is refused, with a reason the user sees', async () => {
    const laughs = `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "hahahahaha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>`;
    const doc = zipSync({ 'word/document.xml': strToU8(laughs) });
    expect(() => readWordRemarks(doc, projectItemIds(sipantau()))).toThrow(/DOCTYPE/);
    const dir = await tempDir();
    writeFileSync(path.join(dir, 'entitas.docx'), doc);
    expect(await readWordFile(path.join(dir, 'entitas.docx'), sipantau())).toMatchObject({ ok: false, code: 'DOCX_UNREADABLE' });
  });
});
