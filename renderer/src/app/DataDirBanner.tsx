/**
 * The app's data folder could not be written at start-up (a full or read-only disk): the app runs,
 * but settings and backups are not kept. Said where the participant works, in the UI language,
 * instead of only in the log (services.appInfo's dataDirNotice).
 */
import { useEffect, useState } from 'react';
import { failText } from '../../../shared/errors';
import type { Fail } from '../../../shared/result';
import { currentLang } from '../i18n';
import { useWorkspaceStore } from '../state/useWorkspace';

export function DataDirBanner() {
  const store = useWorkspaceStore();
  const [notice, setNotice] = useState<Fail | null>(null);
  // Once per screen that shows it: the data folder's state is decided when the services start.
  useEffect(() => {
    let live = true;
    void store.appInfo().then((r) => live && r.ok && setNotice(r.value.dataDirNotice ?? null));
    return () => {
      live = false;
    };
  }, [store]);
  if (!notice) return null;
  return (
    <p className="banner banner-readonly" role="status" data-testid="data-dir-notice">
      {failText(notice, currentLang())}
    </p>
  );
}
