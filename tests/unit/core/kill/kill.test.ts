/**
 * Saving survives SIGKILL at any moment: the first half of the cut-off saves (killRounds.ts says how).
 * Two files so that the two workers share the unit run's longest item.
 */
import { describe, it } from 'vitest';
import { HANG_GUARD, KILLS, killsCuttingSaves } from './killRounds';

const HALF = Math.ceil(KILLS / 2);

describe('saving survives SIGKILL at any moment', () => {
  it(`leaves the old or the new version after ${HALF} kills that cut a save off (the first half of ${KILLS})`, () => killsCuttingSaves(HALF), HANG_GUARD);
});
