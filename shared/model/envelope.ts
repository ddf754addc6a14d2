/**
 * The .rancang file: a self-describing envelope around the project.
 *
 *   { format: "rancang-perubahan", schemaVersion, app: { name, version }, savedAt,
 *     origin: { installId }, project }
 *
 * decodeProjectText is the one door every file comes through (open, reopen, headless report,
 * tests): bytes are hostile until they have been parsed, migrated and rebuilt from the schema.
 */
import { z } from 'zod';
import { fail, failFor } from '../errors';
import { notice, type Notice } from '../i18n/notices';
import { ok, type Result } from '../result';
import { decodeBase64, pictureSize } from '../format/pictures';
import { withoutReferencesTo } from '../domain/references';
import { droppedPicture, pictureDroppedNotice, type DroppedPicture } from './droppedPicture';
import { describeIssue, schemaFinding } from './issueMessages';
import { findJsonSyntaxProblem } from './jsonSyntax';
import { jsonShapeProblem, MAX_JSON_CONTAINERS, MAX_JSON_DEPTH, MAX_LIST_ITEMS, type ShapeProblem } from './jsonShape';
import { LIMITS } from './limits';
import { CURRENT_SCHEMA_VERSION, migrate } from './migrations';
import { looksLikeFormat1 } from './migrations/v1';
import { newId, PARSE_ONCE, ProjectSchema } from './schema';
import type { Project } from './types';
import { decodeVersions, VERSION_LIMITS, type DecodedVersion } from './versions';

export const FILE_FORMAT = 'rancang-perubahan';
export const FILE_EXTENSION = 'rancang';

const EnvelopeHeaderSchema = z.object({
  format: z.literal(FILE_FORMAT),
  schemaVersion: z.number().int().min(1).max(1_000_000),
  app: z.object({ name: z.string().max(100).default(''), version: z.string().max(40).default('') }).prefault({}),
  savedAt: z.string().max(40).default(''),
  origin: z
    .object({ installId: z.string().max(100) })
    .nullable()
    .default(null),
});

export interface DecodedProject {
  project: Project;
  /** Format the file was written in. */
  fileVersion: number;
  /** Written by a newer app: open read-only, never save over it. */
  future: boolean;
  /** Which installation saved it last; a file from another installation opens read-only. */
  installId: string | null;
  app: { name: string; version: string };
  savedAt: string;
  /** Things fixed or worth knowing on the way in (BOM removed, migrated, ids repaired). */
  notices: Notice[];
  /** Frozen versions (shared/model/versions.ts), by sequence; damaged ones kept as they were. */
  versions: DecodedVersion[];
}

export interface EncodeMeta {
  appVersion: string;
  installId: string;
  savedAt: string;
}

/**
 * `versionsJson` is the versions list already serialised (main keeps each version's JSON text, so
 * a save does not stringify ten frozen copies again); omitted or empty, the file has no `versions`.
 */
export function encodeProject(project: Project, meta: EncodeMeta, versionsJson: readonly string[] = []): string {
  const envelope = {
    format: FILE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    app: { name: 'Rancang Perubahan', version: meta.appVersion },
    savedAt: meta.savedAt,
    origin: { installId: meta.installId },
    project,
  };
  const text = JSON.stringify(envelope);
  return versionsJson.length ? `${text.slice(0, -1)},"versions":[${versionsJson.join(',')}]}` : text;
}

/** The shape problems as reasons, worded per language where shown (shared/i18n ioReasons). */
const SHAPE_REASON = {
  depth: ['SHAPE_TOO_DEEP', MAX_JSON_DEPTH],
  list: ['SHAPE_LIST_TOO_LONG', MAX_LIST_ITEMS],
  containers: ['SHAPE_TOO_MANY_PARTS', MAX_JSON_CONTAINERS],
} as const satisfies Record<ShapeProblem, readonly [string, number]>;

/**
 * How the platform decodes base64, when it has a native way (main passes Node's Buffer): the same
 * bytes as decodeBase64, null for text that is not base64, many times faster on photos.
 */
export type Base64Decoder = (text: string) => Uint8Array | null;

export function decodeProjectText(raw: string, base64: Base64Decoder = decodeBase64): Result<DecodedProject> {
  const notices: Notice[] = [];
  let text = raw;
  if (text.charCodeAt(0) === 0xfeff) {
    text = text.slice(1);
    notices.push(notice('BOM_IGNORED'));
  }
  if (text.trim() === '') return fail('EMPTY_FILE');
  if (text.includes('\u0000')) return fail('NUL_BYTES');

  // Structure counted before anything is built: a list of millions of empty objects is refused in
  // one pass instead of after minutes of building and validating them.
  const shape = jsonShapeProblem(text);
  if (shape) return failFor('INVALID_PROJECT', SHAPE_REASON[shape][0], { max: SHAPE_REASON[shape][1] });

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Say where, in words; never JSON.parse's English.
    const problem = findJsonSyntaxProblem(text) ?? { kind: 'unexpected' as const, line: 1, column: 1, found: text[0] ?? '' };
    if (problem.kind === 'end') return fail('TRUNCATED', { line: problem.line, column: problem.column });
    const found = JSON.stringify(problem.found).slice(1, -1);
    return fail('NOT_JSON', { line: problem.line, column: problem.column, found });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return fail('NOT_RANCANG');

  let envelope = data as Record<string, unknown>;
  let fileVersion: number;
  if (envelope['format'] === FILE_FORMAT) {
    const header = EnvelopeHeaderSchema.safeParse(envelope);
    if (!header.success) {
      const issues = header.error.issues.slice(0, 5);
      return { ...failFor('INVALID_PROJECT', 'HEADER_DAMAGED', {}, issues.map(describeIssue)), findings: issues.map(schemaFinding) };
    }
    fileVersion = header.data.schemaVersion;
  } else if (looksLikeFormat1(envelope)) {
    fileVersion = 1;
  } else {
    return fail('NOT_RANCANG');
  }

  const future = fileVersion > CURRENT_SCHEMA_VERSION;
  if (fileVersion < CURRENT_SCHEMA_VERSION) {
    try {
      envelope = migrate(envelope, fileVersion);
    } catch (e) {
      return failFor('INVALID_PROJECT', 'MIGRATION_FAILED', { version: fileVersion, detail: (e as Error).message });
    }
    notices.push(notice('MIGRATED', { from: fileVersion, to: CURRENT_SCHEMA_VERSION }));
  }

  // Too many versions refuses the whole file before anything is built: saving it would have to
  // drop some, and nothing in a file is dropped unseen.
  const versions = decodeVersions(envelope['versions']);
  if ('problem' in versions) {
    if (versions.problem.kind === 'tooMany') return fail('TOO_MANY_VERSIONS', { count: versions.problem.count, limit: VERSION_LIMITS.count });
    return failFor('INVALID_PROJECT', 'VERSIONS_NOT_LIST');
  }

  const parsed = ProjectSchema.safeParse(envelope['project'], { ...PARSE_ONCE, reportInput: true });
  if (!parsed.success) {
    if (future) return fail('FUTURE_VERSION_UNREADABLE', { version: fileVersion });
    const issues = parsed.error.issues.slice(0, 8);
    const details = issues.map(describeIssue);
    return { ...fail('INVALID_PROJECT', { detail: details[0] ?? '' }, details), findings: issues.map(schemaFinding) };
  }
  let project = parsed.data;
  // A bad picture costs only itself: it is left out (with everything pointing at it) and named
  // in a notice, instead of refusing a file whose text is whole.
  const bad = invalidAttachments(project, base64);
  if (bad.length) {
    project = withoutAttachments(
      project,
      bad.map((b) => b.id),
    );
    notices.push(...bad.map(pictureDroppedNotice));
  }
  const repaired = repairDuplicateIds(project);
  if (repaired > 0) notices.push(notice('IDS_REPAIRED', { count: repaired }));

  const header = EnvelopeHeaderSchema.safeParse(envelope);
  const meta = header.success ? header.data : null;
  return ok({
    project,
    fileVersion,
    future,
    installId: meta?.origin?.installId ?? null,
    app: meta?.app ?? { name: '', version: '' },
    savedAt: meta?.savedAt ?? '',
    notices,
    versions: versions.versions,
  });
}

/**
 * Embedded pictures are checked for what they are, not what they claim: the bytes must decode,
 * carry the PNG or JPEG signature of their MIME type and stay within the size limit.
 */
export function invalidAttachments(p: Project, base64: Base64Decoder): DroppedPicture[] {
  const problems: DroppedPicture[] = [];
  p.attachments.forEach((a, i) => {
    const bytes = base64(a.data);
    if (!bytes) return problems.push(droppedPicture(a, i, 'UNREADABLE'));
    if (bytes.length > LIMITS.attachmentBytes) return problems.push(droppedPicture(a, i, 'TOO_LARGE'));
    const size = pictureSize(bytes);
    const expected = a.mime === 'image/png' ? 'png' : 'jpg';
    if (!size || size.type !== expected) problems.push(droppedPicture(a, i, 'WRONG_TYPE', expected.toUpperCase()));
    return undefined;
  });
  return problems;
}

/** The project without these pictures and without anything that pointed at them (the logo, milestones). */
export function withoutAttachments(p: Project, ids: string[]): Project {
  let out: Project = { ...p, attachments: p.attachments.filter((a) => !ids.includes(a.id)) };
  for (const id of ids) out = withoutReferencesTo(out, 'attachments', id);
  return out;
}

/**
 * Every list of things with ids must have unique ids, or an edit to one would land on another.
 * A file written by hand or by a buggy tool may repeat them; keep every item and give the later
 * ones new ids. Returns how many were renamed.
 */
export function repairDuplicateIds(node: unknown): number {
  let renamed = 0;
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      const seen = new Set<string>();
      for (const item of value) {
        if (item && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string') {
          const rec = item as { id: string };
          if (seen.has(rec.id)) {
            rec.id = newId(rec.id.replace(/[^A-Za-z0-9]/g, '').slice(0, 12) || 'id');
            renamed++;
          }
          seen.add(rec.id);
        }
        visit(item);
      }
    } else if (value && typeof value === 'object') {
      for (const v of Object.values(value)) if (typeof v === 'object' && v !== null) visit(v);
    }
  };
  visit(node);
  return renamed;
}

/** A fresh project with every default from the schema. */
export function createProject(overrides: { programmeCode?: Project['programme']['code']; title?: string; now?: string } = {}): Project {
  const now = overrides.now ?? new Date().toISOString();
  return ProjectSchema.parse({
    createdAt: now,
    updatedAt: now,
    title: overrides.title ?? '',
    programme: { code: overrides.programmeCode ?? 'PKP' },
  });
}
