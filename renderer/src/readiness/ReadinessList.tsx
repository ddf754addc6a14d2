/**
 * What an examiner would flag, as a list of links: each finding says what is missing in one
 * sentence, its severity in words, and takes the user to the field to fix. Used by the
 * workspace's readiness panel and by the export dialog.
 */
import { useTranslation } from 'react-i18next';
import type { ReadinessFinding } from '../../../shared/domain/readiness';
import { findingText } from './findingText';

interface Props {
  findings: readonly ReadinessFinding[];
  onGo(finding: ReadinessFinding): void;
  /** Heading level of the list's own heading, or none when the host already names it. */
  headingLevel?: 2 | 3 | null;
}

export function ReadinessList({ findings, onGo, headingLevel = null }: Props) {
  const { t } = useTranslation();
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div className="readiness" data-testid="readiness-list">
      {headingLevel !== null && <Heading>{t('readiness.title')}</Heading>}
      {findings.length === 0
        ? <p className="readiness-none" role="status">{t('readiness.none')}</p>
        : (
          <>
            <p className="readiness-summary" role="status">{t('readiness.summary', { errors: String(errors), warnings: String(warnings) })}</p>
            <ul className="readiness-items">
              {findings.map((f, i) => (
                <li key={`${f.code}-${f.itemId ?? ''}-${f.field ?? ''}-${i}`} className={`finding finding-${f.severity}`} data-code={f.code}>
                  <button type="button" className="finding-link" onClick={() => onGo(f)}>
                    <span className="finding-severity">{t(`readiness.severity.${f.severity}`)}</span>
                    <span className="finding-text">{findingText(t, f)}</span>
                    <span className="finding-section">{t('readiness.goTo', { section: t(`workspace.sections.${f.section}`) })}</span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
    </div>
  );
}
