/**
 * Frozen versions kept inside the .rancang file, beside the project ("Bekukan versi"):
 *
 *   { …envelope, project, versions: [{ id, seq, name, note, frozenAt, appVersion, schemaVersion,
 *     kind, project }] }
 *
 * A version is a read-only copy of the whole project at a moment the participant chose (the
 * rancangan defended at the first seminar, the laporan at the second). Each one is checked on its
 * own: a version that does not validate is kept byte for byte and shown as damaged, and the rest
 * of the file opens. Versions are ordered by the sequence number recorded when they were frozen,
 * never by the clock alone (a computer whose clock was set back still lists them in order).
 */
import { z } from 'zod';
import { ID_PATTERN } from './fields';
import { CURRENT_SCHEMA_VERSION, migrate } from './migrations';
import { PARSE_ONCE, ProjectSchema } from './schema';
import type { Project } from './types';

export const VERSION_LIMITS = {
  /** Versions one file may hold; a file with more is refused on open (nothing is written). */
  count: 100,
  name: 200,
  note: 2_000,
} as const;

export const VERSION_KINDS = ['rancangan', 'laporan', 'other'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

const VersionHeaderSchema = z.object({
  id: z.string().regex(ID_PATTERN),
  seq: z.number().int().min(1).max(1_000_000_000),
  name: z.string().max(VERSION_LIMITS.name),
  note: z.string().max(VERSION_LIMITS.note).default(''),
  frozenAt: z.string().max(40),
  appVersion: z.string().max(40).default(''),
  schemaVersion: z.number().int().min(1).max(1_000_000),
  kind: z.enum(VERSION_KINDS).catch('other').default('other'),
});

/** What the list of versions shows; the project itself is read only when asked for. */
export interface VersionInfo {
  id: string;
  seq: number;
  name: string;
  note: string;
  frozenAt: string;
  appVersion: string;
  kind: VersionKind;
  /** Null for a good version; otherwise why it cannot be shown (it is still kept in the file). */
  damaged: string | null;
}

export interface DecodedVersion {
  info: VersionInfo;
  /** The migrated, validated project; null for a damaged version. */
  project: Project | null;
  /** The version exactly as the file held it, written back unchanged while it is not migrated. */
  raw: unknown;
}

export type VersionListProblem = { kind: 'notList' } | { kind: 'tooMany'; count: number };

/**
 * Reads the envelope's `versions`. Missing = none. A list longer than the limit is a problem for
 * the whole file (refused, so nothing in it is lost by a save); a bad entry costs only itself.
 */
export function decodeVersions(value: unknown): { versions: DecodedVersion[] } | { problem: VersionListProblem } {
  if (value === undefined || value === null) return { versions: [] };
  if (!Array.isArray(value)) return { problem: { kind: 'notList' } };
  if (value.length > VERSION_LIMITS.count) return { problem: { kind: 'tooMany', count: value.length } };
  const versions = value.map((raw, index) => decodeVersion(raw, index));
  return { versions: sortVersions(versions) };
}

function decodeVersion(raw: unknown, index: number): DecodedVersion {
  const rec = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const header = VersionHeaderSchema.safeParse(rec);
  if (!header.success) {
    // Enough to list it: whatever name and sequence survive, else its place in the file.
    const name = typeof rec['name'] === 'string' ? rec['name'].slice(0, VERSION_LIMITS.name) : '';
    const seq = typeof rec['seq'] === 'number' && Number.isInteger(rec['seq']) ? rec['seq'] : index + 1;
    const id = typeof rec['id'] === 'string' && ID_PATTERN.test(rec['id']) ? rec['id'] : `rusak-${index + 1}`;
    const frozenAt = typeof rec['frozenAt'] === 'string' ? rec['frozenAt'].slice(0, 40) : '';
    return { info: { id, seq, name, note: '', frozenAt, appVersion: '', kind: 'other', damaged: 'header' }, project: null, raw };
  }
  const h = header.data;
  const info: VersionInfo = { id: h.id, seq: h.seq, name: h.name, note: h.note, frozenAt: h.frozenAt, appVersion: h.appVersion, kind: h.kind, damaged: null };
  if (h.schemaVersion > CURRENT_SCHEMA_VERSION) return { info: { ...info, damaged: 'future' }, project: null, raw };
  let project: unknown = rec['project'];
  if (h.schemaVersion < CURRENT_SCHEMA_VERSION) {
    try {
      project = migrate({ project }, h.schemaVersion)['project'];
    } catch {
      return { info: { ...info, damaged: 'migration' }, project: null, raw };
    }
  }
  const parsed = ProjectSchema.safeParse(project, PARSE_ONCE);
  if (!parsed.success) return { info: { ...info, damaged: 'project' }, project: null, raw };
  // A migrated version is written back in the current format, so it is migrated only once.
  const stored = h.schemaVersion < CURRENT_SCHEMA_VERSION ? { ...rec, schemaVersion: CURRENT_SCHEMA_VERSION, project: parsed.data } : raw;
  return { info, project: parsed.data, raw: stored };
}

/** By recorded sequence; the time only breaks ties (two files' versions merged by hand). */
export function sortVersions<T extends { info: VersionInfo }>(list: T[]): T[] {
  return [...list].sort((a, b) => a.info.seq - b.info.seq || a.info.frozenAt.localeCompare(b.info.frozenAt));
}

export const nextVersionSeq = (list: readonly { info: VersionInfo }[]) => list.reduce((m, v) => Math.max(m, v.info.seq), 0) + 1;

export interface FreezeRequest {
  name: string;
  note: string;
  kind: VersionKind;
}

/** A new version record as the file stores it. */
export function makeVersionRecord(
  project: Project,
  request: FreezeRequest,
  meta: { id: string; seq: number; frozenAt: string; appVersion: string },
): { info: VersionInfo; project: Project; raw: Record<string, unknown> } {
  const name = request.name.trim().slice(0, VERSION_LIMITS.name);
  const note = request.note.slice(0, VERSION_LIMITS.note);
  const raw = {
    id: meta.id,
    seq: meta.seq,
    name,
    note,
    frozenAt: meta.frozenAt,
    appVersion: meta.appVersion,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    kind: request.kind,
    project,
  };
  return {
    info: { id: meta.id, seq: meta.seq, name, note, frozenAt: meta.frozenAt, appVersion: meta.appVersion, kind: request.kind, damaged: null },
    project,
    raw,
  };
}
