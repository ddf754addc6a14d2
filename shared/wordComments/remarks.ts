/**
 * What a DOCX returned by a mentor or examiner holds for the participant: its comments and tracked
 * changes, each already placed on the report's section or item it was made on (or "Tidak
 * terpetakan" with its quoted text when its place cannot be told). Read in electron/core/review;
 * turned into review notes by toReviewNotes.
 */
import type { SectionId } from '../domain/sections';
import type { Project } from '../model/types';
import type { ItemKind } from '../review/types';

export type RemarkSource = 'comment' | 'insertion' | 'deletion';

/** A workspace section and the report heading it was found under, as printed ("A. Latar Belakang"). */
export interface SectionPlace {
  section: SectionId;
  label: string;
}

export type RemarkPlace =
  ({ kind: 'section' } & SectionPlace) | { kind: 'item'; itemKind: ItemKind; id: string; within: SectionPlace | null } | { kind: 'unplaced' };

export interface WordRemark {
  source: RemarkSource;
  /** Stable identity of the remark in this document: same DOCX, same fingerprint (for an import that changes nothing the second time). */
  fingerprint: string;
  author: string;
  initials: string;
  /** ISO date-time as the editor wrote it, or null when it gave none. */
  date: string | null;
  /** The comment's words; for a tracked change, the inserted or deleted text. */
  text: string;
  /** The document text the comment was anchored on (cut to a few hundred characters). */
  quote: string;
  place: RemarkPlace;
  /** Further sections the comment's range runs into, after the one it is placed on. */
  alsoSections: SectionPlace[];
  /** A reply: the fingerprint of the comment it answers. */
  replyTo: string | null;
  /** Marked resolved ("done") in Word. */
  resolved: boolean;
}

/** How the document relates to the open project. */
export type DocumentOrigin = 'this-project' | 'other-project' | 'unmarked';

export interface WordRemarks {
  origin: DocumentOrigin;
  /** The project id the document names, when it names one. */
  documentProjectId: string | null;
  remarks: WordRemark[];
}

/** The open project's id and its items' ids by kind: what bookmarks are resolved against. */
export type ProjectItemIds = { projectId: string; items: Record<ItemKind, readonly string[]> };

export function projectItemIds(p: Project): ProjectItemIds {
  return {
    projectId: p.id,
    items: {
      ISSUE: p.issueAnalysis.issues.map((i) => i.id),
      MILESTONE: p.milestones.map((m) => m.id),
      STAKEHOLDER: p.stakeholders.map((s) => s.id),
      BUDGET_LINE: p.budgetLines.map((b) => b.id),
      RISK: p.risks.map((r) => r.id),
      TEAM_MEMBER: p.team.map((t) => t.id),
    },
  };
}
