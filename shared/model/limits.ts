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
  /** A picture file chosen to be added, before it is made report-sized (a phone photo is often 5–12 MB). */
  pictureImportBytes: 25 * 1024 * 1024,
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
  /**
   * Long texts are Markdown, and a Markdown parser's cost grows faster than the text with nesting
   * and with unmatched markers (8,000 `>` overflowed the stack; 100,000 `[` then `]` took
   * minutes). These bounds are checked by a linear scan BEFORE parsing (shared/text/textBounds.ts):
   * a paragraph over them is shown as plain text with a notice, so every string the schema accepts
   * (up to `longText`) renders and exports in bounded time. Sizes measured in scripts/bench.
   */
  richText: {
    /** Containers on one line: `>` quotes, list markers, and two spaces of indent per level. */
    depth: 8,
    /** `[` and `]` in one paragraph (links and labels are matched pairwise by the parser). */
    bracketsPerParagraph: 400,
    /** `*`, `_`, backticks and `<` in one paragraph (emphasis is matched pairwise too). */
    markersPerParagraph: 1_000,
    /** One paragraph (text between blank lines) given to the parser at most. */
    paragraphChars: 20_000,
    /** Lines in one paragraph: a list's items are matched against each other by the parser. */
    paragraphLines: 300,
    /** Characters of one long text given to the parser; the rest is plain text. */
    charsPerText: 30_000,
    /** Characters formatted in one whole report, so 200 maximal texts still export in seconds;
     * a real report holds far less (the worked example: about 30,000). */
    charsPerReport: 150_000,
    /** A pipe table in a long text (shared/text/textTable.ts): body rows, columns, characters of one
     * cell. Tables are read by our own linear scan, not the parser; over a bound the table is shown
     * as plain text with the 'size' notice. */
    tableRows: 200,
    tableColumns: 12,
    cellChars: 1_000,
    /** Characters of the caption of a table or picture in a long text. */
    captionChars: 300,
    /**
     * Time, the bound sizes cannot give: a text within every size bound can still cost seconds
     * (a loose list of 6,000 one-word items: about 1.5 ms an item in micromark on a loaded
     * machine). Past its time a text's remaining paragraphs are shown as plain text with a notice.
     * On screen one text may take this long (milliseconds) …
     */
    msPerText: 300,
    /** … in a report (on the export's own thread) one text this long, and all of them together this long. */
    msPerReportText: 3_000,
    msPerReport: 20_000,
    /** Paragraphs parsed in one call at most, so the time is looked at often enough. */
    paragraphsPerCall: 40,
  },
} as const;
