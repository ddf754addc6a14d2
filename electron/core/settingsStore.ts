/**
 * The app's own settings (installation id, language, recent files) in the data folder, through
 * lowdb with the same durable write as projects. A damaged settings file is quarantined and
 * replaced by defaults: losing the recent list is acceptable, refusing to start is not.
 */
import { randomUUID } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import { z } from 'zod';
import { fail } from '../../shared/errors';
import { ID_PATTERN } from '../../shared/model/fields';
import { ReviewerSchema } from '../../shared/review/schema';
import { AssessmentTemplateSchema } from '../../shared/assessment/template';
import { removeStaleTemps, writeFileDurably } from './durableWrite';
import { decodeUtf8 } from './projectFile';
import { quarantineCopy } from './quarantine';

export const RECENT_KEPT = 12;

const SettingsSchema = z.object({
  installId: z
    .string()
    .min(8)
    .max(100)
    .default(() => randomUUID()),
  language: z.enum(['id', 'en']).default('id'),
  recent: z
    .array(
      z.object({
        id: z.string().regex(ID_PATTERN),
        path: z.string().max(4096),
        openedAt: z.string().max(40),
      }),
    )
    .max(50)
    .default([]),
  /**
   * Files made on another installation, by their project id (stable across copies, moves and
   * sync folders): true = "my own file" (editable here), false = someone else's (read-only).
   */
  ownership: z.record(z.string().regex(ID_PATTERN), z.boolean()).default({}),
  /** Who this installation's user is when reviewing others' projects (mentor, coach, examiner); asked once. */
  reviewer: ReviewerSchema.nullable().default(null),
  /**
   * The organiser's assessment template, loaded once for a whole class (electron/core/assessment/templateFile.ts).
   * One that no longer validates is dropped, never taking the rest of the settings with it.
   */
  assessmentTemplate: AssessmentTemplateSchema.nullable().default(null).catch(null),
});

/** Answers kept; the oldest are dropped first (insertion order). */
export const OWNERSHIP_KEPT = 500;

export type Settings = z.infer<typeof SettingsSchema>;

class SettingsAdapter implements Adapter<Settings> {
  constructor(
    private readonly file: string,
    private readonly dataDir: string,
    private readonly now: () => Date,
  ) {}

  async read(): Promise<Settings | null> {
    let bytes: Buffer;
    try {
      bytes = await fsp.readFile(this.file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    const text = decodeUtf8(bytes);
    try {
      if (text === null) throw new Error('bukan UTF-8');
      return SettingsSchema.parse(JSON.parse(text));
    } catch (e) {
      await quarantineCopy(this.dataDir, this.file, fail('READ_FAILED', { detail: (e as Error).message }), this.now());
      return null;
    }
  }

  async write(data: Settings): Promise<void> {
    await fsp.mkdir(path.dirname(this.file), { recursive: true });
    await writeFileDurably(this.file, `${JSON.stringify(data, null, 2)}\n`);
  }
}

export async function openSettings(
  dataDir: string,
  now: () => Date = () => new Date(),
  onUnwritable: (e: unknown) => void = () => undefined,
): Promise<Low<Settings>> {
  const db = new Low<Settings>(new SettingsAdapter(path.join(dataDir, 'settings.json'), dataDir, now), SettingsSchema.parse({}));
  // An unreadable settings file (permissions, I/O) means defaults for this run, not no app.
  await db.read().catch((e: unknown) => onUnwritable(e));
  // lowdb leaves the defaults in place when the file is missing or was quarantined; persist them
  // so the installation id stays the same from now on. A data folder that cannot be written
  // (disk full, read-only) keeps them in memory for this run.
  await db.write().catch((e: unknown) => onUnwritable(e));
  await removeStaleTemps(path.join(dataDir, 'settings.json'));
  return db;
}
