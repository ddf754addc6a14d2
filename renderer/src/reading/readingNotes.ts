/**
 * Where the reading view lets a reader place a note: each section heading (its workspace section)
 * and each table row that stands for a project item — the same targets the DOCX bookmarks carry
 * (shared/report/anchors.ts). The reading view only says where; what is drawn there (counts and
 * "Beri catatan") comes from whoever provides this context: the workspace while a review or
 * imported notes are in play (renderer/src/review/NoteMarks.tsx). A frozen version read on its own
 * provides nothing, so nothing is drawn.
 */
import { createContext, type ComponentType } from 'react';
import type { NoteTarget } from '../../../shared/review/types';

export type PlacedTarget = Exclude<NoteTarget, { type: 'UNPLACED' }>;

export const ReadingNotesContext = createContext<ComponentType<{ target: PlacedTarget; compact?: boolean | undefined }> | null>(null);
