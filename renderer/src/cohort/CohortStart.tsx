/** The start screen's card for coaches and organisers: open a class folder as a cohort. */
import { useTranslation } from 'react-i18next';
import { cohortStore, useCohort } from './cohortStore';
import { failText } from '../../../shared/errors';
import { currentLang } from '../i18n';

export function CohortStart() {
  const { t } = useTranslation();
  const loading = useCohort((s) => s.loading);
  const progress = useCohort((s) => s.progress);
  const error = useCohort((s) => s.error);
  return (
    <section className="card" aria-labelledby="cohort-start-title">
      <h2 id="cohort-start-title">{t('cohort.startTitle')}</h2>
      <p className="hint">{t('cohort.startHint')}</p>
      <button type="button" disabled={loading} onClick={() => void cohortStore.open()}>
        {t('cohort.startOpen')}
      </button>
      {loading && (
        <p className="hint cohort-progress" role="status">
          {progress ? t('cohort.loadingCount', { done: String(progress.done), total: String(progress.total) }) : t('cohort.loading')}
          {progress && <progress max={progress.total} value={progress.done} aria-label={t('cohort.loading')} />}
        </p>
      )}
      {error && (
        <p className="message error" role="alert">
          {failText(error, currentLang())}
        </p>
      )}
    </section>
  );
}
