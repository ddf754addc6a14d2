/** Sections in report order, each with its completion mark in words as well as a symbol. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessFinding } from '../../../shared/domain/readiness';
import { SECTION_GROUPS, type SectionId } from '../../../shared/domain/sections';
import { sectionProgress } from '../../../shared/domain/readinessLevels';
import { sectionStatus } from '../../../shared/domain/sectionStatus';
import { productLabel } from '../../../shared/model/programmes';
import type { Project } from '../../../shared/model/types';

/** Memoised: it depends on the (deferred) checked project only, so an edit elsewhere does not redraw it. */
export const Sidebar = memo(function Sidebar({ project, findings, active, onSelect }: { project: Project; findings: ReadinessFinding[]; active: SectionId; onSelect(s: SectionId): void }) {
  const { t } = useTranslation();
  const product = productLabel(project.programme);
  return (
    <nav className="sidebar" aria-label={t('workspace.sidebarLabel')}>
      {SECTION_GROUPS.map((group) => (
        <div key={group.id} className="sidebar-group">
          <h2 id={`group-${group.id}`}>{t(`workspace.groups.${group.id}`, { product })}</h2>
          <ul aria-labelledby={`group-${group.id}`}>
            {group.sections.map((s) => {
              const status = sectionStatus(project, s, findings);
              const statusText = status === 'complete' ? t('workspace.complete') : t('workspace.incomplete');
              return (
                <li key={s}>
                  <button type="button" className={`section-link status-${status}`} aria-current={s === active ? 'page' : undefined}
                    onClick={() => onSelect(s)} data-section={s}>
                    <span className={`mark mark-${status}`} aria-hidden="true" />
                    <span className="section-name">{t(`workspace.sections.${s}`)}</span>
                    <span className="visually-hidden">, {statusText}</span>
                    {status === 'incomplete' && <ProgressFigure n={sectionProgress(project, s, findings)} />}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </nav>
  );
});

/** How far a started section is, as a figure beside its name ("57%"), read as "57% lengkap". */
function ProgressFigure({ n }: { n: number }) {
  const { t } = useTranslation();
  return <span className="section-progress" data-testid="section-progress"><span aria-hidden="true">{n}%</span><span className="visually-hidden">, {t('readiness.progress', { n: String(n) })}</span></span>;
}
