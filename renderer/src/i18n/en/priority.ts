import type { Dictionary } from '../types';

/** The tie-break rule for equal USG totals (docs/domain.md §3.3). */
export const priority: Dictionary['priority'] = {
  tieRule: 'Rule when USG totals are equal',
  tieRuleHint: 'The rule is stated in the report’s USG explanation.',
  tieRules: {
    DECIDE: 'Always decided together with the mentor',
    USG_ORDER: 'Higher U, then S, then G, then decided together',
  },
};
