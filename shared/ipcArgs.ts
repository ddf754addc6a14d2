/**
 * Argument schemas for every invoke method. Main checks each call against these before anything
 * runs: the renderer is trusted to be ours, but not to be bug-free or unmodified.
 */
import { z } from 'zod';
import { ID_PATTERN, isoDateString } from './model/fields';
import { ProjectSchema } from './model/schema';
import { COHORT_FORMATS, EXPORT_DOCUMENTS, EXPORT_FORMATS, type InvokeMethod } from './ipc';
import { SECTION_IDS } from './slides/sections';
import { THEME_IDS } from './slides/themes';
import { POSTER_SIZES } from './poster/sizes';
import { REVIEW_LIMITS } from './review/limits';
import { REVIEWER_ROLES, ReviewSchema } from './review/schema';
import { VERSION_KINDS, VERSION_LIMITS } from './model/versions';

const handle = z.string().regex(ID_PATTERN);
const fileStem = z.string().max(200);

export const IPC_ARGS = {
  appInfo: z.tuple([]),
  setLanguage: z.tuple([z.enum(['id', 'en'])]),
  listRecent: z.tuple([]),
  forgetRecent: z.tuple([handle]),
  openProject: z.tuple([]),
  openRecent: z.tuple([handle]),
  openSample: z.tuple([]),
  reloadDocument: z.tuple([handle]),
  saveProject: z.tuple([handle, ProjectSchema, z.boolean()]),
  saveProjectAs: z.tuple([ProjectSchema, fileStem, handle.nullable().optional()]),
  saveHandoverCopy: z.tuple([handle.nullable(), ProjectSchema, fileStem]),
  closeDocument: z.tuple([handle]),
  setOwnership: z.tuple([handle, z.boolean()]),
  saveDraft: z.tuple([handle, ProjectSchema]),
  listDrafts: z.tuple([]),
  readDraft: z.tuple([handle]),
  discardDraft: z.tuple([handle]),
  logError: z.tuple([z.string().max(2000), z.string().max(10_000)]),
  exportReport: z.tuple([
    z.object({
      project: ProjectSchema,
      kind: z.enum(['rancangan', 'laporan']),
      options: z.object({
        includeKataPengantar: z.boolean(),
        includeAbstrak: z.boolean(),
        includeFigures: z.boolean(),
        includeConsultations: z.boolean(),
        includeEvidenceIndex: z.boolean(),
      }),
      suggestedName: fileStem,
      format: z.enum(EXPORT_FORMATS).optional(),
      document: z.enum(EXPORT_DOCUMENTS).optional(),
      asOf: isoDateString.optional(),
      slides: z.object({ theme: z.enum(THEME_IDS), sections: z.array(z.enum(SECTION_IDS)).max(SECTION_IDS.length) }).optional(),
      poster: z.object({ size: z.enum(POSTER_SIZES) }).optional(),
      docId: handle.optional(),
    }),
  ]),
  choosePicture: z.tuple([]),
  showExport: z.tuple([handle]),
  openExport: z.tuple([handle]),
  setUnsavedChanges: z.tuple([z.boolean()]),
  confirmClose: z.tuple([]),
  rendererReady: z.tuple([]),
  openCohort: z.tuple([]),
  // A relative name from the cohort's own list; main looks it up there, never opens it as given.
  openCohortMember: z.tuple([handle, z.string().min(1).max(2_000)]),
  exportCohort: z.tuple([handle, z.enum(COHORT_FORMATS)]),
  exportCohortReports: z.tuple([handle]),
  getReviewer: z.tuple([]),
  setReviewer: z.tuple([z.object({ name: z.string().trim().min(1).max(REVIEW_LIMITS.name), role: z.enum(REVIEWER_ROLES), nip: z.string().max(40) })]),
  loadOwnReview: z.tuple([handle]),
  saveReview: z.tuple([handle, ReviewSchema]),
  importReviewFile: z.tuple([handle]),
  importWordComments: z.tuple([handle]),
  exportAssessment: z.tuple([handle, ReviewSchema, z.enum(['docx', 'pdf'])]),
  getAssessmentTemplate: z.tuple([]),
  loadAssessmentTemplate: z.tuple([]),
  freezeVersion: z.tuple([
    handle,
    ProjectSchema,
    z.object({ name: z.string().min(1).max(VERSION_LIMITS.name), note: z.string().max(VERSION_LIMITS.note), kind: z.enum(VERSION_KINDS) }),
  ]),
  readVersion: z.tuple([handle, handle]),
  deleteVersion: z.tuple([handle, handle]),
  listBackups: z.tuple([handle]),
  readBackup: z.tuple([handle, handle]),
  restoreBackup: z.tuple([handle, handle]),
  saveBackupAs: z.tuple([handle, handle]),
} as const satisfies Record<InvokeMethod, z.ZodType>;
