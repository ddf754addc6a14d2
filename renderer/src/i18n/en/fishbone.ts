import type { Dictionary } from '../types';

/** The fishbone diagram under the root-cause lists. */
export const fishbone: Dictionary['fishbone'] = {
  title: 'Fishbone diagram',
  intro: 'Drawn from the cause lists above and placed in chapter I (BAB I) of the report.',
};
