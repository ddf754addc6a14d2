/**
 * What may read the same in the English UI, on purpose. Values without words of their own (marks,
 * slots, sample amounts) pass by themselves; the keys below are names and terms the English UI
 * keeps because participants and examiners know them by that name (the app, NIP, the quadrant
 * names of the stakeholder literature, team roles, USG's own English words), or Indonesian
 * phrases quoted as examples of how the report must be written. Anything else equal in both
 * languages, or carrying an Indonesian word, is a value someone forgot to translate.
 */
export const SAME_IN_BOTH = new Set<string>([
  // The compare view (versions): an abbreviation and two words English borrowed.
  'renderer:versions.colSeq',
  'renderer:compare.fields.status',
  'renderer:compare.fields.volume',
  // Names
  'renderer:common.appName',
  'renderer:common.languages.id',
  'renderer:common.languages.en',
  'renderer:identity.person.nip',
  // The cohort table's column: the word is the same in English.
  'renderer:cohort.columns.seminar',
  'renderer:organisation.nip',
  'renderer:aftercare.handover.nip',
  // Review notes: the reviewers' roles and the board's terms are the same words in English.
  'renderer:review.roles.MENTOR',
  'renderer:review.roles.COACH',
  'renderer:review.itemKinds.MILESTONE',
  'renderer:review.itemKinds.STAKEHOLDER',
  'renderer:review.filters.status',
  // Terms the literature and the courses use in English in both languages
  ...['KEY_PLAYER', 'CONTEXT_SETTER', 'SUBJECT', 'CROWD'].flatMap((q) => [
    `renderer:boards.quadrants.KEY_PLAYERS.${q}`,
    `renderer:boards.quadrants.PROMOTERS.${q}`,
  ]),
  'renderer:boards.namings.KEY_PLAYERS',
  'renderer:boards.namings.PROMOTERS',
  'renderer:boards.categories.INTERNAL',
  'renderer:terms.riskTypes.INTERNAL',
  ...['SPONSOR', 'MENTOR', 'COACH', 'PROJECT_LEADER'].flatMap((r) => [`renderer:terms.teamRoles.${r}`, `shared:charts.roles.${r}`]),
  ...['MENTOR', 'COACH', 'SPONSOR'].map((r) => `renderer:terms.consultants.${r}`),
  'renderer:terms.fundingSources.CSR',
  'renderer:terms.innovationKinds.SOP',
  'renderer:terms.causeSets.6M',
  'renderer:terms.causeSets.4P',
  ...['U', 'S', 'G'].map((c) => `renderer:terms.usgCriteria.${c}`),
  'renderer:issues.coreTitle',
  'renderer:analysis.coreReminder',
  'renderer:analysis.target',
  'renderer:plan.noun',
  'renderer:plan.missingParts.output',
  'renderer:plan.status',
  'renderer:organisation.volume',
  'renderer:organisation.total',
  'renderer:issues.colNo',
  'renderer:issues.colTotal',
  'renderer:issues.totalValue',
  'renderer:issues.rankRow',
  'renderer:plan.colNo',
  'shared:menu.edit',
  'shared:charts.offCampus',
  // Schema findings: terms and names used in both languages
  'shared:schemaWords.position',
  ...['mentor', 'coach', 'sponsor', 'usg', 'milestones', 'stakeholders', 'seminars', 'nip', 'id', 'volume'].map((k) => `shared:schemaWords.keys.${k}`),
  // Indonesian quoted on purpose: how issues are phrased, and what the (Indonesian) report prints
  'renderer:narrative.hints.latarBelakang',
  'renderer:issues.isuIntro',
  'renderer:exportDialog.mustFix',
]);

/** Common Indonesian words that do not occur in English sentences. */
export const INDONESIAN_MARKERS = /\b(dan|yang|belum|tidak|berkas|simpan|dengan|untuk|sudah|atau|dari|ke-\d*|ini|itu|pilih|tambah|hapus|lainnya|bagi)\b/i;

/** True for a value with no words of its own: marks, slots, numbers, sample amounts. */
export const hasNoWords = (value: string) => !/\p{L}{2,}/u.test(value.replace(/\{\{?\w+\}?\}/g, '').replace(/^Rp[\d.,]+$/, ''));
