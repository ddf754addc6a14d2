/**
 * The name offered when freezing after an export: "Rancangan — seminar 24 Mei 2022" from the
 * seminar date the project records, else "Rancangan — ekspor 2 Desember 2026" (today, local).
 */
import type { TFunction } from 'i18next';
import type { ReportKind } from '../../../shared/domain/readiness';
import { formatDate } from '../../../shared/format/dates';
import type { Project } from '../../../shared/model/types';
import { currentLang } from '../i18n';
import type { FreezeSuggestion } from './VersionsDialog';

export function freezeSuggestion(t: TFunction, project: Project, kind: ReportKind, today: Date = new Date()): FreezeSuggestion {
  const lang = currentLang();
  const seminar = project.seminars[kind === 'rancangan' ? 'RANCANGAN' : 'LAPORAN'].date;
  if (seminar)
    return { kind, name: t(kind === 'rancangan' ? 'versions.suggestedRancangan' : 'versions.suggestedLaporan', { date: formatDate(seminar, lang) }) };
  const local = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return { kind, name: t('versions.suggestedExport', { kind: t(`versions.kinds.${kind}`), date: formatDate(local, lang) }) };
}
