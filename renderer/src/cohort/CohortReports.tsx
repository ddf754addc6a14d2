/** Progress and result of exporting every participant's report into one folder. */
import { useTranslation } from 'react-i18next';
import { failText } from '../../../shared/errors';
import { currentLang } from '../i18n';
import { cohortStore, useCohort } from './cohortStore';

export function CohortReports() {
  const { t } = useTranslation();
  const running = useCohort((s) => s.reportsRunning);
  const reports = useCohort((s) => s.reports);
  if (running)
    return (
      <p className="banner banner-info" role="status">
        {t('cohort.reportsRunning')}
      </p>
    );
  if (!reports) return null;
  return (
    <div className="banner banner-info" role="status" data-testid="cohort-reports">
      <div>
        <p>{t('cohort.reportsDone', { count: reports.exported, folder: reports.folder, seconds: String(Math.round(reports.millis / 1000)) })}</p>
        {reports.failures.length > 0 && (
          <>
            <p>{t('cohort.reportsFailed', { count: reports.failures.length })}</p>
            <ul>
              {reports.failures.map((f) => (
                <li key={f.file}>
                  <bdi>{f.file}</bdi>: {failText(f.failure, currentLang())}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <button type="button" onClick={() => void cohortStore.showExport('reports')}>
        {t('cohort.showFolder')}
      </button>
    </div>
  );
}
