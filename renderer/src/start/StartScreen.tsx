/** The first screen: start a project (programme first), open a file, a recent file, or the sample. */
import { DataDirBanner } from '../app/DataDirBanner';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecentFile } from '../../../shared/ipc';
import { PROGRAMME_CODES, type ProgrammeCode } from '../../../shared/model/enums';
import { LIMITS } from '../../../shared/model/limits';
import { PROGRAMMES } from '../../../shared/model/programmes';
import { useWorkspaceSelector, useWorkspaceStore } from '../state/useWorkspace';
import { formatMomentLocal } from '../../../shared/format/dates';
import { currentLang } from '../i18n';
import { CohortStart } from '../cohort/CohortStart';
import { DraftList } from './DraftList';
import { LanguageSwitch } from '../workspace/LanguageSwitch';
import { OpenWithHelp } from './OpenWithHelp';

export function StartScreen() {
  const { t } = useTranslation();
  const ws = useWorkspaceStore();
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [dataDir, setDataDir] = useState('');
  const [code, setCode] = useState<ProgrammeCode>('PKP');
  const [title, setTitle] = useState('');
  const programmeId = useId();
  const titleId = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  // File → New (Ctrl+N) lands here: put the focus where a new project starts.
  const newRequest = useWorkspaceSelector((s) => s.newRequest);
  useEffect(() => {
    if (newRequest > 0) titleRef.current?.focus();
  }, [newRequest]);

  const refresh = () => void ws.listRecent().then((r) => r.ok && setRecent(r.value));
  // Once, when the start screen appears.
  useEffect(() => {
    refresh();
    void ws.appInfo().then((r) => r.ok && setDataDir(r.value.dataDir));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <main className="start" aria-labelledby="start-title">
      <header className="start-header">
        <h1 id="start-title">{t('common.appName')}</h1>
        <p>{t('start.tagline')}</p>
        {/* Chosen before anything else: the language also relabels the menu and the dialogs. */}
        <LanguageSwitch />
      </header>
      <DataDirBanner />
      <DraftList />
      <div className="start-grid">
        <section className="card" aria-labelledby="new-title">
          <h2 id="new-title">{t('start.newTitle')}</h2>
          <p className="hint">{t('start.newHint')}</p>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void ws.newProject(code, title.slice(0, LIMITS.title));
            }}
          >
            <div className="field">
              <label htmlFor={programmeId}>{t('start.programme')}</label>
              <select id={programmeId} value={code} onChange={(e) => setCode(e.target.value as ProgrammeCode)}>
                {PROGRAMME_CODES.map((c) => (
                  <option key={c} value={c}>
                    {PROGRAMMES[c].shortName} — {PROGRAMMES[c].productLabel}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={titleId}>{t('start.projectTitle')}</label>
              <input
                id={titleId}
                ref={titleRef}
                type="text"
                data-testid="new-title"
                value={title}
                maxLength={LIMITS.title}
                onChange={(e) => setTitle(e.target.value)}
              />
            </div>
            <button type="submit" className="primary">
              {t('common.actions.create')}
            </button>
          </form>
        </section>
        <section className="card" aria-labelledby="open-title">
          <h2 id="open-title">{t('start.openTitle')}</h2>
          <p className="hint">{t('start.openHint')}</p>
          <button type="button" onClick={() => void ws.openFile()}>
            {t('common.actions.open')}
          </button>
          <h3 id="recent-title">{t('start.recentTitle')}</h3>
          {recent.length === 0 ? (
            <p className="hint">{t('start.recentEmpty')}</p>
          ) : (
            <ul className="recent" aria-labelledby="recent-title">
              {recent.map((r) => (
                <li key={r.id}>
                  <button type="button" className="link" disabled={!r.exists} onClick={() => void ws.openRecent(r.id)}>
                    <span className="recent-name">{r.fileName}</span>
                    <span className="recent-meta">
                      {/* A folder path may break anywhere; the date breaks only between words. */}
                      <span className="recent-folder">{r.folder}</span>
                      {' · '}
                      <span className="recent-when" data-testid="recent-when">
                        {formatMomentLocal(r.openedAt, currentLang())}
                      </span>
                      {!r.exists && ` · ${t('start.recentMissing')}`}
                    </span>
                  </button>
                  <button
                    type="button"
                    className="icon"
                    aria-label={t('start.recentForget', { file: r.fileName })}
                    onClick={() => void ws.forgetRecent(r.id).then(refresh)}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        <section className="card" aria-labelledby="sample-title">
          <h2 id="sample-title">{t('start.sampleTitle')}</h2>
          <p className="hint">{t('start.sampleHint')}</p>
          <button type="button" onClick={() => void ws.openSample()}>
            {t('start.sampleOpen')}
          </button>
        </section>
        <CohortStart />
      </div>
      <OpenWithHelp />
      {dataDir && <p className="hint data-dir">{t('start.dataDir', { dir: dataDir })}</p>}
    </main>
  );
}
