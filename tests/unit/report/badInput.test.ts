/**
 * Bad input never crashes the export nor empties it: hostile text is kept as text, XML-invalid
 * characters are dropped, a 100,000-character paragraph is printed whole, missing data prints a
 * visible "[belum diisi]" and appears in the readiness list, and an empty project still exports.
 */
import { DOMParser } from '@xmldom/xmldom';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { readinessFindings } from '../../../shared/domain/readiness';
import { createProject } from '../../../shared/model/envelope';
import { sipantau } from '../domain/sipantau';
import { ALL_OPTIONS, docx, hostile, parts, textOf } from './support';

function strictXml(xml: string): void {
  const errors: string[] = [];
  new DOMParser({ errorHandler: { warning: () => undefined, error: (m) => errors.push(m), fatalError: (m) => errors.push(m) } }).parseFromString(
    xml,
    'text/xml',
  );
  expect(errors).toEqual([]);
}

describe('hostile project', () => {
  const p = hostile(sipantau());

  it('exports a well-formed DOCX that keeps markup as text and drops invalid characters', async () => {
    for (const kind of ['rancangan', 'laporan'] as const) {
      const d = parts(await docx(p, kind));
      for (const name of Object.keys(d.files).filter((f) => f.endsWith('.xml'))) strictXml(d.xml(name));
      expect(d.document).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/);
      expect(d.document).not.toContain('<script>');
      const text = textOf(d.document);
      // (toBe(true) rather than toContain: a failure should not print 100,000 characters.)
      expect(text.includes('TOM & JERRY <SCRIPT>ALERT(1)</SCRIPT> "KUTIP" \'TUNGGAL\'  SELESAI')).toBe(true);
      expect(text.includes('Tom & Jerry <script>alert(1)</script> "kutip" \'tunggal\'  selesai')).toBe(true);
      expect(text.includes('<b>bukan html</b>')).toBe(true);
      // The 100,000-character paragraph is printed whole.
      expect(text.includes(p.narrative.latarBelakang)).toBe(true);
      expect(text.includes('[belum diisi]')).toBe(true);
      const html = (await mammoth.convertToHtml({ buffer: Buffer.from(d.bytes) })).value;
      expect(html).toContain('PENDAHULUAN');
      expect(html).toContain('&lt;script&gt;');
    }
  }, 120_000);

  it('shows what is missing where it belongs, and the readiness check lists the same gaps', async () => {
    const d = parts(await docx(p, 'laporan'));
    const text = textOf(d.document);
    // Name on the cover and the approval page, the seminar day, the short-term milestones.
    for (const expected of [
      'Oleh:[belum diisi]',
      'Telah diuji di depan penguji pada [belum diisi].',
      'Milestone jangka pendek: [belum diisi]',
      'Gambar rusak (gambar tidak dapat dibaca)',
    ]) {
      expect(text.includes(expected), expected).toBe(true);
    }
    const codes = new Set(readinessFindings(p, 'laporan').map((f) => f.code));
    for (const code of ['PERSON_NAME_MISSING', 'CALENDAR_MISSING', 'NO_MILESTONES', 'SIGNER_NIP_MISSING', 'BUDGET_NO_SOURCE'] as const)
      expect(codes.has(code), code).toBe(true);
  }, 60_000);
});

describe('empty project', () => {
  it('exports a complete document of placeholders with every optional part on', async () => {
    const empty = createProject();
    for (const kind of ['rancangan', 'laporan'] as const) {
      const d = parts(await docx(empty, kind, ALL_OPTIONS));
      expect(d.bytes.length).toBeGreaterThan(5_000);
      strictXml(d.document);
      const text = textOf(d.document);
      for (const h of ['DAFTAR ISI', 'DAFTAR TABEL', 'Tidak ada tabel.', 'PENDAHULUAN', 'PENUTUP', 'LAMPIRAN', '[belum diisi]'])
        expect(text.includes(h), h).toBe(true);
      // An empty consultation sheet to fill in by hand.
      expect(text.includes('Paraf')).toBe(true);
    }
  }, 60_000);
});
