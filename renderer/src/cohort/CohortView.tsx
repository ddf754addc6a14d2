/**
 * The cohort table: every participant of a class folder in one sortable, filterable, searchable
 * table; a row opens that project read-only; files that could not be read are listed with their
 * reason. All state lives in cohortStore.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PROGRAMME_CODES } from '../../../shared/model/enums';
import { PROGRAMMES } from '../../../shared/model/programmes';
import { groupNip } from '../../../shared/format/nip';
import { formatRupiah } from '../../../shared/format/numbers';
import { useWorkspace } from '../state/useWorkspace';
import { failText } from '../../../shared/errors';
import { currentLang } from '../i18n';
import { cohortStore, useCohort } from './cohortStore';
import { filterMembers, sortMembers, type CohortFilter, type SortKey } from './cohortTable';
import { CohortFailures } from './CohortFailures';
import { CohortReports } from './CohortReports';

const SORTABLE: SortKey[] = [
  'participant',
  'programme',
  'title',
  'phase',
  'mustFix',
  'milestonesDone',
  'milestonesLate',
  'evidence',
  'budgetTotal',
  'stakeholdersMoved',
];

export function CohortView() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const view = useCohort((s) => s.view);
  const sort = useCohort((s) => s.sort);
  const filter = useCohort((s) => s.filter);
  const exported = useCohort((s) => s.exported);
  const error = useCohort((s) => s.error);
  const reportsRunning = useCohort((s) => s.reportsRunning);
  const searchId = useId();
  const programmeId = useId();
  const statusId = useId();
  const rows = useMemo(() => (view ? sortMembers(filterMembers(view.members, filter), sort.key, sort.dir) : []), [view, filter, sort]);
  if (!view) return null;

  const header = (key: SortKey) => {
    const active = sort.key === key;
    const label = t(`cohort.columns.${key}`);
    return (
      <th key={key} scope="col" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="sort" onClick={() => cohortStore.sortBy(key)} title={t('cohort.sortBy', { column: label })}>
          {label}
          {active && <span aria-hidden="true">{sort.dir === 'asc' ? ' ▲' : ' ▼'}</span>}
        </button>
      </th>
    );
  };

  return (
    <main className="cohort" aria-labelledby="cohort-title">
      <header className="cohort-header">
        <div>
          <h1 id="cohort-title">{t('cohort.title', { folder: view.folderName })}</h1>
          <p className="hint">{t('cohort.summary', { count: view.members.length, failed: String(view.failures.length) })}</p>
        </div>
        <div className="cohort-actions">
          <button type="button" onClick={() => void cohortStore.export('xlsx')}>
            {t('cohort.exportXlsx')}
          </button>
          <button type="button" onClick={() => void cohortStore.export('csv')}>
            {t('cohort.exportCsv')}
          </button>
          <button type="button" onClick={() => void cohortStore.export('docx')}>
            {t('cohort.exportCatalogue')}
          </button>
          <button type="button" onClick={() => void cohortStore.export('pdf')}>
            {t('cohort.exportCataloguePdf')}
          </button>
          <button type="button" disabled={reportsRunning} onClick={() => void cohortStore.exportReports()}>
            {t('cohort.exportReports')}
          </button>
          <button type="button" onClick={() => cohortStore.close()}>
            {t('cohort.back')}
          </button>
        </div>
      </header>
      {exported && (
        <p className="banner banner-info" role="status">
          <span>{t('cohort.exported', { file: exported.fileName })}</span>
          <button type="button" onClick={() => void cohortStore.showExport()}>
            {t('cohort.showFolder')}
          </button>
        </p>
      )}
      {error && (
        <p className="message error" role="alert">
          {failText(error, currentLang())}
        </p>
      )}
      <CohortReports />
      {view.truncated && <p className="message warning">{t('cohort.truncated')}</p>}
      {view.unreadableFolders > 0 && <p className="message warning">{t('cohort.unreadableFolders', { count: view.unreadableFolders })}</p>}
      <div className="cohort-filters" role="search">
        <div className="field">
          <label htmlFor={searchId}>{t('cohort.search')}</label>
          <input id={searchId} type="search" value={filter.query} onChange={(e) => cohortStore.filterBy({ query: e.target.value })} />
        </div>
        <div className="field">
          <label htmlFor={programmeId}>{t('cohort.programme')}</label>
          <select id={programmeId} value={filter.programme} onChange={(e) => cohortStore.filterBy({ programme: e.target.value })}>
            <option value="">{t('cohort.allProgrammes')}</option>
            {PROGRAMME_CODES.map((c) => (
              <option key={c} value={c}>
                {PROGRAMMES[c].shortName}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={statusId}>{t('cohort.status')}</label>
          <select id={statusId} value={filter.status} onChange={(e) => cohortStore.filterBy({ status: e.target.value as CohortFilter['status'] })}>
            <option value="">{t('cohort.statuses.all')}</option>
            {(['ready', 'mustFix', 'late', 'duplicate'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`cohort.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="hint" role="status">
        {t('cohort.shown', { shown: String(rows.length), total: String(view.members.length) })}
      </p>
      <div className="table-scroll">
        <table className="cohort-table">
          <caption className="visually-hidden">{t('cohort.tableCaption')}</caption>
          <thead>
            <tr>
              {SORTABLE.map(header)}
              <th scope="col">{t('cohort.columns.seminar')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('cohort.columns.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => {
              const r = m.row;
              const name = r.participant || t('cohort.noName');
              return (
                <tr key={m.file}>
                  <th scope="row" className="cohort-person">
                    <bdi className="cohort-name">{name}</bdi>
                    <span className="hint">{groupNip(r.nip)}</span>
                    <span className="hint cohort-file">
                      <bdi>{m.file}</bdi>
                    </span>
                    {m.duplicateOf && <span className="message warning">{t('cohort.duplicateOf', { file: m.duplicateOf })}</span>}
                    {m.future && <span className="message warning">{t('cohort.future')}</span>}
                  </th>
                  <td>
                    {PROGRAMMES[r.programme].shortName}
                    {r.angkatan && ` · ${r.angkatan}`}
                  </td>
                  <td className="cohort-title">
                    <bdi>{r.title}</bdi>
                    {r.innovation && (
                      <span className="hint">
                        <bdi>{r.innovation}</bdi>
                      </span>
                    )}
                  </td>
                  <td>{t(`identity.phases.${r.phase}`)}</td>
                  <td className={r.mustFixRancangan ? 'cohort-bad' : 'cohort-good'}>
                    {t('cohort.mustFixCell', { rancangan: String(r.mustFixRancangan), laporan: String(r.mustFixLaporan) })}
                  </td>
                  <td className="num">{t('cohort.doneOf', { done: String(r.milestonesDone), total: String(r.milestones) })}</td>
                  <td className={`num${r.milestonesLate ? ' cohort-bad' : ''}`}>{r.milestonesLate}</td>
                  <td className="num">{r.evidence}</td>
                  <td className="num">{formatRupiah(r.budgetTotal)}</td>
                  <td className="num">{r.stakeholdersMoved}</td>
                  <td>
                    {t('cohort.seminarCell', { rancangan: t(`cohort.outcomes.${r.seminarRancangan}`), laporan: t(`cohort.outcomes.${r.seminarLaporan}`) })}
                    {/* The review status (.ulasan files beside the project and imported notes), when there is any. */}
                    {r.notesOpen + r.notesDone + r.sectionsApproved > 0 && (
                      <span className="hint cohort-review" data-testid="cohort-review">
                        {t('review.cohortCell', { open: String(r.notesOpen), done: String(r.notesDone), approved: String(r.sectionsApproved) })}
                      </span>
                    )}
                  </td>
                  <td>
                    <button type="button" aria-label={t('cohort.openRow', { name })} onClick={() => void ws.openCohortMember(view.cohortId, m.file)}>
                      {t('cohort.columns.open')}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="hint">{t('cohort.noRows')}</p>}
      <CohortFailures failures={view.failures} />
    </main>
  );
}
