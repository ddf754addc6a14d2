/**
 * Start-screen help for copies of the app that did not register .rancang files (portable exe,
 * AppImage, a copied folder): how to make double-click work, instead of a file that silently
 * opens nothing. Main decides whether it applies (AppInfo.fileAssociation); collapsed by default.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../../shared/ipc';
import { useWorkspaceStore } from '../state/useWorkspace';

export function OpenWithHelp() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void store.appInfo().then((r) => r.ok && setInfo(r.value));
  }, [store]);

  if (info?.fileAssociation !== 'unavailable') return null;
  return (
    <section className="card open-with" aria-label={t('install.title')} style={{ marginTop: '1.5rem' }}>
      <details>
        <summary>{t('install.title')}</summary>
        <p className="hint">{t('install.intro', { open: t('common.actions.open') })}</p>
        {info.platform === 'win32' ? (
          <>
            <p>{t('install.win.lead')}</p>
            <ol>
              <li>{t('install.win.step1')}</li>
              <li>{t('install.win.step2')}</li>
              <li>{t('install.win.step3')}</li>
            </ol>
            <p className="hint">{t('install.win.installer')}</p>
          </>
        ) : (
          <>
            <p>{t('install.linux.lead')}</p>
            <ol>
              <li>{t('install.linux.step1')}</li>
              <li>{t('install.linux.step2')}</li>
            </ol>
          </>
        )}
      </details>
    </section>
  );
}
