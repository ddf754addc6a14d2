/**
 * The DOCX zipped with Node's zlib instead of docx's fflate: the same files in the same order,
 * byte for byte, read back by fflate (what the app's own readers use) and checked by Info-ZIP's
 * `unzip -t`, which verifies every CRC and the central directory. That LibreOffice opens the
 * exported reports is what every other report test that converts one to PDF shows.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipPackage } from '../../../electron/core/report/zipPackage';
import { tempDir } from '../helpers';

const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

describe('zipPackage', () => {
  const doc = new Document({
    sections: [{ children: [new Paragraph({ children: [new TextRun('Aksi perubahan — layanan “SIPANTAU” ✓')] })] }],
  });
  const files = Packer.toFiles(doc);

  it('holds docx’s files, in docx’s order, with the same bytes as docx’s own zip', () => {
    const ours = unzipSync(zipPackage(files));
    const theirs = unzipSync(zipSync(Object.fromEntries([...files].map(([p, d]) => [p, typeof d === 'string' ? new TextEncoder().encode(d) : d]))));
    expect(Object.keys(ours)).toEqual([...files.keys()]);
    for (const name of Object.keys(theirs)) expect(Buffer.from(ours[name]!).equals(Buffer.from(theirs[name]!)), name).toBe(true);
    expect(strFromU8(ours['word/document.xml']!)).toContain('Aksi perubahan — layanan “SIPANTAU” ✓');
  });

  it.skipIf(!hasUnzip)('passes unzip -t: every CRC, size and the central directory; a name outside ASCII too', async () => {
    const file = path.join(await tempDir(), 'paket.zip');
    const picture = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 7919) % 251);
    writeFileSync(file, zipPackage([...files, ['word/media/gambar-bukti-é.png', picture]], new Date(2022, 3, 20, 9, 30, 10)));
    const r = spawnSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('No errors detected');
    // The time each file carries, as zip tools show it (to the two seconds DOS time keeps).
    expect(spawnSync('unzip', ['-Z', '-T', file], { encoding: 'utf8' }).stdout).toContain('20220420.093010');
    expect(Buffer.from(unzipSync(readFileSync(file))['word/media/gambar-bukti-é.png']!).equals(Buffer.from(picture))).toBe(true);
  });

  it.skipIf(!hasUnzip)('deflates the XML and stores the pictures as they are (they carry their own compression)', async () => {
    const file = path.join(await tempDir(), 'paket.docx');
    // Bytes that DEFLATE would shrink a lot: stored all the same, because of the name.
    const picture = new Uint8Array(50_000).fill(7);
    writeFileSync(file, zipPackage([...files, ['word/media/image1.png', picture], ['word/media/image2.jpeg', picture]]));
    const listing = spawnSync('unzip', ['-Z', '-s', file], { encoding: 'utf8' }).stdout;
    const method = (name: string) =>
      listing
        .split('\n')
        .find((l) => l.endsWith(` ${name}`))
        ?.split(/\s+/)[5];
    expect(method('word/document.xml')).toBe('defN');
    expect(method('word/media/image1.png')).toBe('stor');
    expect(method('word/media/image2.jpeg')).toBe('stor');
    expect(spawnSync('unzip', ['-t', file]).status).toBe(0);
  });
});
