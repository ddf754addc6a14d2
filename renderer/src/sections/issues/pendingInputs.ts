/** What the APKL verdicts and the USG ranks are computed from, for showing them pending (state/pending.ts). */
import type { PendingQuery } from '../../state/pending';

/** The APKL threshold ("at least 3 per criterion", "the top 3"): which issues pass. */
export const APKL_RULE: PendingQuery = { list: 'issueAnalysis', fields: ['apklMinPerCriterion', 'apklTopN'] };

/**
 * A rank compares every eligible issue's total, and eligibility follows the APKL scores and rule:
 * any of them holding an entry that is not valid leaves every rank (and the ties, the core issue) waiting.
 */
export const RANKING_INPUTS: readonly PendingQuery[] = [{ list: 'issues', fields: ['usg.', 'apkl.'] }, APKL_RULE];
