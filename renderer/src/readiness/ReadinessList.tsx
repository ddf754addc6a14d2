/**
 * What an examiner would flag, as a list of links in three groups: must fix before the seminar,
 * worth improving, and not filled yet (neutral, and folded once there is something more urgent,
 * so a new project starts calm). Each finding says
 * what is missing in one sentence, its level in words, and takes the user to the field to fix.
 * Used by the workspace's readiness panel and by the export dialog.
 */
import { useTranslation } from 'react-i18next';
import type { ReadinessFinding } from '../../../shared/domain/readiness';
import { findingLevel, levelCounts, READINESS_LEVELS, type ReadinessLevel } from '../../../shared/domain/readinessLevels';
import type { Project } from '../../../shared/model/types';
import { allPendingFields } from '../state/pending';
import { useDocumentSelector } from '../state/useWorkspace';
import { findingText } from './findingText';

interface Props {
  project: Project;
  findings: readonly ReadinessFinding[];
  onGo(finding: ReadinessFinding): void;
  /** Heading level of the list's own heading, or none when the host already names it. */
  headingLevel?: 2 | 3 | null;
}

export function ReadinessList({ project, findings, onGo, headingLevel = null }: Props) {
  const { t } = useTranslation();
  const counts = levelCounts(project, findings);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  // A field holding an entry that is not valid: the findings see its last valid value, so say they wait.
  const waits = useDocumentSelector((d) => allPendingFields(d.invalidDrafts));
  const byLevel = (level: ReadinessLevel) => findings.filter((f) => findingLevel(project, f) === level);
  const items = (level: ReadinessLevel) => (
    <ul className="readiness-items">
      {byLevel(level).map((f, i) => (
        <li
          key={`${f.code}-${f.itemId ?? ''}-${f.field ?? ''}-${i}`}
          className={`finding finding-${f.severity} level-${level}`}
          data-code={f.code}
          data-level={level}
        >
          <button type="button" className="finding-link" onClick={() => onGo(f)}>
            <span className="finding-severity">{t(`readiness.levelShort.${level}`)}</span>
            <span className="finding-text">{findingText(t, f)}</span>
            <span className="finding-section">{t('readiness.goTo', { section: t(`workspace.sections.${f.section}`) })}</span>
          </button>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="readiness" data-testid="readiness-list">
      {headingLevel !== null && <Heading>{t('readiness.title')}</Heading>}
      {waits && (
        <p className="message warning readiness-pending" data-testid="readiness-pending">
          {t('pending.readiness', { fields: waits })}
        </p>
      )}
      {findings.length === 0 ? (
        // Nothing to flag is not "ready" while an entry waits to be made valid.
        !waits && (
          <p className="readiness-none" role="status">
            {t('readiness.none')}
          </p>
        )
      ) : (
        <>
          <p className="readiness-summary" role="status">
            {t('readiness.summaryLevels', { must: String(counts.must), improve: String(counts.improve), empty: String(counts.empty) })}
          </p>
          {READINESS_LEVELS.filter((l) => counts[l] > 0).map((level) =>
            level === 'empty' ? (
              <details key={level} className="readiness-group level-empty" data-testid="readiness-empty" open={counts.must + counts.improve === 0}>
                <summary>
                  {t('readiness.levels.empty')} ({counts.empty})
                </summary>
                <p className="hint">{t('readiness.emptyHint')}</p>
                {items(level)}
              </details>
            ) : (
              <section key={level} className={`readiness-group level-${level}`} aria-label={t(`readiness.levels.${level}`)}>
                <h4>
                  {t(`readiness.levels.${level}`)} ({counts[level]})
                </h4>
                {items(level)}
              </section>
            ),
          )}
        </>
      )}
    </div>
  );
}
