/**
 * The order unit test files start in: the long ones first, so that on a two-core machine the last
 * minutes are not one worker finishing a four-minute file while the other stands idle.
 *
 * Vitest orders by the durations it cached from the last run (node_modules/.vite/vitest), but a
 * clean clone has none and falls back to "largest file first", which put the 300-kill test near
 * the end (it is now two files of 150, one per worker). The files below are the slowest of a
 * measured run (round 23: workers keeping their modules between files, the kill test's lighter
 * child; wall times at load 15-20, so only their order counts), longest first; everything else
 * keeps Vitest's own order behind them. A file missing from the list only starts later, it is
 * never skipped.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const SLOW_FIRST = [
  'tests/unit/core/kill/kill.test.ts',
  'tests/unit/core/kill/kill2.test.ts',
  'tests/unit/report/pageNumbers.test.ts',
  'tests/unit/hostile/headlessReport.test.ts',
  'tests/unit/slides/badInput.test.ts',
  'tests/unit/report/layout.test.ts',
  'tests/unit/report/headless.test.ts',
  'tests/unit/report/deepNesting.test.ts',
  'tests/unit/pdf/pdf.test.ts',
  'tests/unit/slides/headless.test.ts',
  'tests/unit/cohort/headless.test.ts',
  'tests/unit/core/racingWriters.test.ts',
  'tests/unit/report/badInput.test.ts',
  'tests/unit/packaging/package.test.ts',
  'tests/unit/postTraining/documents.test.ts',
  'tests/unit/report/changesAppendix.test.ts',
  'tests/unit/core/fileCap.test.ts',
  'tests/unit/core/versions.test.ts',
  'tests/unit/wordComments/extract.test.ts',
  'tests/unit/report/listNumbering.test.ts',
  'tests/unit/poster/poster.test.ts',
  'tests/unit/wordComments/assessment.test.ts',
  'tests/unit/report/workerExporter.test.ts',
  'tests/unit/slides/impress.test.ts',
];

export default class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = SLOW_FIRST.indexOf(path.relative(f.project.config.root, f.moduleId).split(path.sep).join('/'));
      return i < 0 ? SLOW_FIRST.length : i;
    };
    // Array.prototype.sort is stable: files outside the list keep the order Vitest gave them.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
