/** Files of the cohort folder that could not be read, each with its reason in words. */
import { useTranslation } from 'react-i18next';
import { failText } from '../../../shared/errors';
import { currentLang } from '../i18n';
import type { CohortView } from '../../../shared/ipc';

export function CohortFailures({ failures }: { failures: CohortView['failures'] }) {
  const { t } = useTranslation();
  const lang = currentLang();
  if (failures.length === 0) return null;
  return (
    <section className="card cohort-failures" aria-labelledby="cohort-failures-title">
      <h2 id="cohort-failures-title">{t('cohort.failuresTitle', { count: failures.length })}</h2>
      <p className="hint">{t('cohort.failuresHint')}</p>
      <ul>
        {failures.map((f) => (
          <li key={f.file}>
            <strong>
              <bdi>{f.file}</bdi>
            </strong>
            : {failText(f.failure, lang)}
          </li>
        ))}
      </ul>
    </section>
  );
}
