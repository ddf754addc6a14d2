/**
 * Size limits for everything a project file may hold. Files come from other people, so every
 * string and list has a ceiling: a hostile or broken file cannot make the app allocate without
 * bound, and the editor can say "terlalu panjang" beside the field instead of failing later.
 */
/**
 * Years a date field accepts: wide enough for any real record, narrow enough that a typo
 * (2O22, 20222) is caught at the field rather than printed in the report. Used by the schema
 * (shared/model/fields.ts) and by the date inputs, so both refuse the same days.
 */
export const DATE_YEARS = { min: 1900, max: 2200 } as const;
/** A training programme's year: PKN/PKA/PKP and their Diklatpim forerunners post-date 1990. */
export const PROGRAMME_YEAR_MIN = 1990;

export const LIMITS = {
  /** Whole file on disk, checked before reading it into memory. */
  fileBytes: 40 * 1024 * 1024,
  /** One-line fields: names, titles, table cells. */
  shortText: 1_000,
  /** A title may be long in Indonesian reports, but not a page. */
  title: 600,
  /** Long texts (latar belakang, kata pengantar …). A 100,000-character paste must still fit. */
  longText: 200_000,
  /** Identifiers written by the app; checked by pattern too. */
  id: 64,
  /** Embedded picture (logo, evidence photo), in bytes after base64 decoding. */
  attachmentBytes: 4 * 1024 * 1024,
  attachments: 60,
  issues: 50,
  rootCauses: 300,
  gapRows: 100,
  indicators: 30,
  milestones: 500,
  activities: 60,
  evidence: 60,
  stakeholders: 1_000,
  team: 200,
  risks: 300,
  budgetLines: 500,
  listItems: 200,
  consultations: 500,
  revisionNotes: 200,
  holidays: 100,
  refs: 100,
} as const;
