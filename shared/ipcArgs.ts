/**
 * Argument schemas for every invoke method. Main checks each call against these before anything
 * runs: the renderer is trusted to be ours, but not to be bug-free or unmodified.
 */
import { z } from 'zod';
import { ID_PATTERN } from './model/fields';
import { ProjectSchema } from './model/schema';
import type { InvokeMethod } from './ipc';

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
  saveProjectAs: z.tuple([ProjectSchema, fileStem]),
  closeDocument: z.tuple([handle]),
  exportReport: z.tuple([z.object({
    project: ProjectSchema,
    kind: z.enum(['rancangan', 'laporan']),
    options: z.object({
      includeKataPengantar: z.boolean(), includeAbstrak: z.boolean(), includeFigures: z.boolean(),
      includeConsultations: z.boolean(), includeEvidenceIndex: z.boolean(),
    }),
    suggestedName: fileStem,
  })]),
  choosePicture: z.tuple([]),
  showExport: z.tuple([handle]),
  openExport: z.tuple([handle]),
  setUnsavedChanges: z.tuple([z.boolean()]),
  confirmClose: z.tuple([]),
  rendererReady: z.tuple([]),
} as const satisfies Record<InvokeMethod, z.ZodType>;
