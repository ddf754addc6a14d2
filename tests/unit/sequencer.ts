/**
 * The order unit test files start in: the long ones first, so that on a two-core machine the last
 * minutes are not one worker finishing a four-minute file while the other stands idle.
 *
 * Vitest orders by the durations it cached from the last run (node_modules/.vite/vitest), but a
 * clean clone has none and falls back to "largest file first", which put the 300-kill test near
 * the end. The files below are the slowest of a measured run (figures in the closing note of
 * issue 12), longest first; everything else keeps Vitest's own order behind them. A file missing
 * from the list only starts later, it is never skipped.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const SLOW_FIRST = [
  'tests/unit/core/kill/kill.test.ts',
  'tests/unit/report/pageNumbers.test.ts',
  'tests/unit/hostile/headlessReport.test.ts',
  'tests/unit/report/layout.test.ts',
  'tests/unit/slides/badInput.test.ts',
  'tests/unit/report/headless.test.ts',
  'tests/unit/slides/headless.test.ts',
  'tests/unit/cohort/headless.test.ts',
  'tests/unit/pdf/pdf.test.ts',
  'tests/unit/report/badInput.test.ts',
  'tests/unit/report/listNumbering.test.ts',
  'tests/unit/core/pictureDownscale.test.ts',
  'tests/unit/report/frontPages.test.ts',
  'tests/unit/report/workerExporter.test.ts',
  'tests/unit/report/longTextBlocks.test.ts',
  'tests/unit/poster/poster.test.ts',
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
