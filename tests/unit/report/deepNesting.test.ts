/**
 * The hostile corpus's deep-nesting class (issue 17) through the exporter main and the headless
 * command use: quotes thousands deep, lists nested by markers and by indentation, both mixed. Each
 * exports; every line of each hostile text is in the DOCX as the user typed it (a paragraph over
 * the nesting bound is printed as plain text, one line a line); and the result carries the notice
 * the export dialog shows, counting each such text once. The export took 13–58 s per file while
 * docx summed a long paragraph's line heights again for every page; no timing is asserted here
 * (figures come from `npm run bench`), the timeout is only a hang guard.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { createReportExporter } from '../../../electron/core/report/exporter';
import { decodeProjectText } from '../../../shared/model/envelope';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/report/context';
import { hostileCorpus } from '../../hostile/corpus';
import { tempDir } from '../helpers';
import { FONTS } from './support';

const SAMPLE = path.resolve(import.meta.dirname, '../../../resources/samples/sipantau.rancang');
const HANG_GUARD = 10 * 60_000;

/** The document's text as Word shows it: the runs' text, a line break as a new line. */
function documentText(docx: Uint8Array): string {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']!);
  const unescape = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:br\/>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<\/w:p>/g)].map((m) => (m[1] !== undefined ? unescape(m[1]) : '\n')).join('');
}

describe('the deep-nesting texts of the hostile corpus in the DOCX', () => {
  const exportReport = createReportExporter({ fontsDir: FONTS });
  const sample = decodeProjectText(readFileSync(SAMPLE, 'utf8'));
  if (!sample.ok) throw new Error(sample.message);
  const before = sample.value.project.narrative as unknown as Record<string, string>;
  const cases = hostileCorpus().filter((c) => c.class === 'deepNesting');

  it('the corpus has the four kinds of deep nesting', () => {
    expect(cases.map((c) => c.id)).toEqual(['deepNesting-quotes', 'deepNesting-listMarkers', 'deepNesting-listIndent', 'deepNesting-mixed']);
  });

  it.each(cases.map((c) => [c.id, c] as const))(
    '%s: exports with every line of its texts, and the notice counts each text once',
    async (_id, c) => {
      const decoded = decodeProjectText(c.text);
      expect(decoded.ok).toBe(true);
      if (!decoded.ok) return;
      const project = decoded.value.project;
      const narrative = project.narrative as unknown as Record<string, string>;
      const hostile = Object.keys(narrative).filter((k) => narrative[k] !== before[k] && narrative[k]!.trim() !== '');
      expect(hostile.length).toBeGreaterThan(1);

      const target = path.join(await tempDir(), `${c.id}.docx`);
      // As the headless command asks: the abstract is printed when there is one, so every narrative text is in the report.
      const options = { ...DEFAULT_EXPORT_OPTIONS, includeAbstrak: project.narrative.abstrak.trim() !== '' };
      const r = await exportReport({ project, kind: 'rancangan', options, suggestedName: c.id }, target);
      expect(r.ok, r.ok ? '' : r.message).toBe(true);
      if (!r.ok) return;

      // The notice: each hostile text once, though the report reads some texts more than once.
      expect(r.value.limitedTexts).toBe(hostile.length);
      expect(r.value.plainTexts ?? 0).toBe(0);

      // The content: every line of every hostile text, as typed (without the spaces around it), in the document's text.
      // A word longer than a line is printed with break opportunities (zero-width spaces) in it; they are not compared.
      const plain = (line: string) => line.replace(/\u200b/g, '').trim();
      const printed = new Set(documentText(readFileSync(target)).split('\n').map(plain));
      for (const field of hostile) {
        const lines = narrative[field]!.split('\n').map(plain).filter(Boolean);
        const missing = lines.filter((l) => !printed.has(l));
        expect(
          missing.slice(0, 3).map((l) => (l.length > 80 ? `${l.slice(0, 80)}… (${l.length} characters)` : l)),
          `${field}: ${missing.length} of ${lines.length} lines missing`,
        ).toEqual([]);
      }
    },
    HANG_GUARD,
  );
});
