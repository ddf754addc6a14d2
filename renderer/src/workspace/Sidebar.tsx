/** Sections in report order, each with its completion mark in words as well as a symbol. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessFinding } from '../../../shared/domain/readiness';
import { SECTION_GROUPS, type SectionId } from '../../../shared/domain/sections';
import { sectionStatus } from '../../../shared/domain/sectionStatus';
import { SHARED_TEXT } from '../../../shared/i18n';
import { PROGRAMMES, productLabel } from '../../../shared/model/programmes';
import type { Project } from '../../../shared/model/types';

/** Memoised: it depends on the (deferred) checked project only, so an edit elsewhere does not redraw it. */
export const Sidebar = memo(function Sidebar({ project, findings, active, onSelect }: { project: Project; findings: ReadinessFinding[]; active: SectionId; onSelect(s: SectionId): void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'id';
  // The English UI names the product in English; the Indonesian one uses the report's own label.
  const product = lang === 'en' ? SHARED_TEXT.en.products[PROGRAMMES[project.programme.code].productType] : productLabel(project.programme);
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
                    <span>{t(`workspace.sections.${s}`)}</span>
                    <span className="visually-hidden">, {statusText}</span>
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
