/**
 * The report numbers its TOC headings from the numbered paragraphs alone (pageNumbers.ts): the
 * numbers must be the ones docx works out from the whole body, for the worked example and a
 * generated project five times its size, both documents; and no style of ours may number
 * paragraphs, which is what makes reading only the numbered ones enough.
 */
import { Packer, type BookmarkListNumber, type IXmlableObject, type PageNumberEstimator } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../shared/model/types';
import { prepareReport } from '../../../shared/report/buildReport';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/report/context';
import { numberedParagraphsOf, reportPageNumbers } from '../../../shared/report/docx/pageNumbers';
import { documentStyles } from '../../../shared/report/docx/styles';
import type { ReportKind } from '../../../shared/report/outline';
import { generateProject } from '../../generator/project';
import { sipantau } from '../domain/sipantau';

const whole = estimatePageNumbersWith({ guess: true });

/** Both readings of the body docx hands the estimator, without laying out pages (not needed here). */
async function listNumbersBothWays(p: Project, kind: ReportKind) {
  const seen: { full?: Map<string, BookmarkListNumber>; numbered?: Map<string, BookmarkListNumber>; kept?: number; all?: number } = {};
  const probe: PageNumberEstimator = Object.assign(() => ({ bookmarks: new Map() }), {
    listNumbers: (body: IXmlableObject, context: Parameters<PageNumberEstimator>[1]) => {
      seen.full = new Map(whole.listNumbers!(body, context));
      seen.numbered = new Map(reportPageNumbers().listNumbers!(body, context));
      seen.all = (Object.values(body)[0] as unknown[]).length;
      seen.kept = (Object.values(numberedParagraphsOf(body))[0] as unknown[]).length;
      return seen.full;
    },
  });
  await Packer.toBuffer(prepareReport(p, kind, { ...DEFAULT_EXPORT_OPTIONS, includeFigures: false }).render(new Map(), { pageNumbers: probe }));
  return seen;
}

describe('TOC list numbers from the numbered paragraphs only', () => {
  const cases: [string, () => Project, ReportKind][] = [
    ['SIPANTAU rancangan', sipantau, 'rancangan'],
    ['SIPANTAU laporan', sipantau, 'laporan'],
    ['generated 5× rancangan', () => generateProject({ seed: 7, scale: 5, implemented: true }), 'rancangan'],
    ['generated 5× laporan', () => generateProject({ seed: 7, scale: 5, implemented: true }), 'laporan'],
  ];
  it.each(cases)(
    '%s: the same numbers as docx reading the whole body',
    async (_name, project, kind) => {
      const seen = await listNumbersBothWays(project(), kind);
      expect(seen.full!.size).toBeGreaterThanOrEqual(3); // BAB I … BAB III at least
      expect([...seen.numbered!]).toEqual([...seen.full!]);
      expect(seen.kept!).toBeLessThan(seen.all! / 2);
    },
    60_000,
  );

  it('no paragraph style of the report numbers its paragraphs', () => {
    const styles = documentStyles(sipantau().documentSettings);
    expect(JSON.stringify(styles)).not.toMatch(/numbering|numPr/i);
  });
});
