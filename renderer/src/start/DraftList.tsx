/**
 * Projects never saved to a file, kept as drafts in the data folder since their first edit: after a
 * crash or a closed window they are offered back here ("Pulihkan"), or thrown away ("Buang").
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMomentLocal } from '../../../shared/format/dates';
import type { DraftInfo } from '../../../shared/ipc';
import { currentLang } from '../i18n';
import { useWorkspaceStore } from '../state/useWorkspace';

export function DraftList() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const [drafts, setDrafts] = useState<DraftInfo[]>([]);
  const refresh = () => void store.listDrafts().then((r) => r.ok && setDrafts(r.value));
  useEffect(refresh, [store]);
  if (drafts.length === 0) return null;
  return (
    <section className="card drafts" aria-labelledby="drafts-title" data-testid="drafts">
      <h2 id="drafts-title">{t('start.drafts.title')}</h2>
      <p className="hint">{t('start.drafts.hint')}</p>
      <ul className="recent">
        {drafts.map((d) => (
          <li key={d.draftId}>
            <span>
              <span className="recent-name">{d.title.trim() || t('workspace.untitled')}</span>
              <span className="recent-meta">
                <span className="recent-when">{formatMomentLocal(d.savedAt, currentLang())}</span>
              </span>
            </span>
            <span className="draft-actions">
              <button type="button" className="primary" onClick={() => void store.restoreDraft(d.draftId)}>
                {t('start.drafts.restore')}
              </button>
              <button type="button" onClick={() => void store.discardDraft(d.draftId).then(refresh)}>
                {t('start.drafts.discard')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
