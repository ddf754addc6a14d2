/** Sections in report order, each with its completion mark in words as well as a symbol. */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportKind } from '../../../shared/domain/readiness';
import { SECTION_IDS, sectionGroupsFor, type SectionId } from '../../../shared/domain/sections';
import { SHARED_TEXT } from '../../../shared/i18n';
import { PROGRAMMES, productLabel } from '../../../shared/model/programmes';
import { useRenderCount } from '../components/renderCount';
import { sectionMarks, sectionProgressFigures } from '../state/checks';
import { shallowEqual, useDocumentSelector } from '../state/useWorkspace';

/**
 * Selects only the marks and the product name (from the checked project, one task behind the
 * typing), so a keystroke re-renders it only when a mark changes.
 */
export const Sidebar = memo(function Sidebar({ kind, active, onSelect }: { kind: ReportKind; active: SectionId; onSelect(s: SectionId): void }) {
  const { t, i18n } = useTranslation();
  useRenderCount('sidebar');
  const lang = i18n.language === 'en' ? 'en' : 'id';
  const marks = useDocumentSelector((d) => sectionMarks(d.checked, kind), shallowEqual);
  const progress = useDocumentSelector((d) => sectionProgressFigures(d.checked, kind), shallowEqual);
  // The English UI names the product in English; the Indonesian one uses the report's own label.
  const product = useDocumentSelector((d) =>
    lang === 'en' ? SHARED_TEXT.en.products[PROGRAMMES[d.checked.programme.code].productType] : productLabel(d.checked.programme),
  );
  // The post-training group appears once the project is carried out.
  const groups = useDocumentSelector((d) => sectionGroupsFor(d.checked.phase));
  return (
    <nav className="sidebar" aria-label={t('workspace.sidebarLabel')} data-region>
      {groups.map((group) => (
        <div key={group.id} className="sidebar-group">
          <h2 id={`group-${group.id}`}>{t(`workspace.groups.${group.id}`, { product })}</h2>
          <ul aria-labelledby={`group-${group.id}`}>
            {group.sections.map((s) => {
              const status = marks[SECTION_IDS.indexOf(s)];
              const statusText = status === 'complete' ? t('workspace.complete') : t('workspace.incomplete');
              return (
                <li key={s}>
                  <button
                    type="button"
                    className={`section-link status-${status}`}
                    aria-current={s === active ? 'page' : undefined}
                    onClick={() => onSelect(s)}
                    data-section={s}
                  >
                    <span className={`mark mark-${status}`} aria-hidden="true" />
                    <span className="section-name">{t(`workspace.sections.${s}`)}</span>
                    <span className="visually-hidden">, {statusText}</span>
                    {status === 'incomplete' && <ProgressFigure n={progress[SECTION_IDS.indexOf(s)] ?? 0} />}
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
  return (
    <span className="section-progress" data-testid="section-progress">
      <span aria-hidden="true">{n}%</span>
      <span className="visually-hidden">, {t('readiness.progress', { n: String(n) })}</span>
    </span>
  );
}
