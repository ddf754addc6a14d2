/**
 * Size limits of a review file (`<Proyek>.ulasan`). A review file comes from another person, so
 * like a project file every string and list has a ceiling. The lists stay within the project
 * file's JSON shape bound (MAX_LIST_ITEMS) because imported notes travel inside the project.
 */
export const REVIEW_LIMITS = {
  /** Whole review file on disk, checked before reading it. */
  fileBytes: 8 * 1024 * 1024,
  /** Notes in one review file, and in the project's merged store. */
  notes: 1_000,
  /** Reviewers whose notes one project keeps. */
  reviewers: 50,
  /** Answers to one note (participant's replies, the reviewer's follow-ups). */
  answers: 50,
  /** A note's own words. */
  noteText: 4_000,
  /** The passage a note quotes (from the reading view or a Word comment's anchor). */
  quote: 2_000,
  /** An answer's words. */
  answerText: 4_000,
  /** Section statuses: one per section per reviewer. */
  sectionStatuses: 1_000,
  /** Names and roles of people. */
  name: 200,
} as const;
