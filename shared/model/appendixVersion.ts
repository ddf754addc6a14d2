/**
 * Which frozen version the laporan's changes appendix compares with: the one the document setting
 * names, if it is still in the file and readable; otherwise the newest readable rancangan version
 * (by recorded sequence, not by clock). Null when there is none: the appendix is then left out.
 */
import type { VersionInfo } from './versions';

export function appendixVersion(versions: readonly VersionInfo[], chosen: string | null): VersionInfo | null {
  const usable = versions.filter((v) => v.damaged === null);
  const named = chosen === null ? undefined : usable.find((v) => v.id === chosen);
  if (named) return named;
  const rancangan = usable.filter((v) => v.kind === 'rancangan').sort((a, b) => b.seq - a.seq);
  return rancangan[0] ?? null;
}
