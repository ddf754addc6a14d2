/** Title, file name, save status and the document actions. */
import { useTranslation } from 'react-i18next';
import { productLabel } from '../../../shared/model/programmes';
import { useRenderCount } from '../components/renderCount';
import { useDocumentSelector, useWorkspaceStore } from '../state/useWorkspace';
import { ReviewActions } from '../review/ReviewActions';
import { LanguageSwitch } from './LanguageSwitch';
import { SaveStatus } from './SaveStatus';

export function TopBar({ onExport, reading, onRead, onVersions }: { onExport(): void; reading: boolean; onRead(): void; onVersions(): void }) {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  useRenderCount('topbar');
  const product = useDocumentSelector((d) => productLabel(d.history.present.programme));
  const title = useDocumentSelector((d) => d.history.present.title);
  const fileName = useDocumentSelector((d) => d.doc?.fileName ?? null);
  const readOnly = useDocumentSelector((d) => d.doc?.readOnlyReason != null);
  const canUndo = useDocumentSelector((d) => d.canUndo);
  const canRedo = useDocumentSelector((d) => d.canRedo);
  return (
    <header className="topbar" data-region>
      <div className="topbar-title">
        <p className="product" title={product}>
          {product}
        </p>
        <h1 title={title}>{title.trim() || t('workspace.untitled')}</h1>
        <p className="file" data-testid="file-name" title={fileName ?? undefined}>
          <span className="visually-hidden">{t('workspace.fileLabel')}: </span>
          {fileName ?? t('workspace.unsavedFile')}
        </p>
      </div>
      <SaveStatus />
      <div className="topbar-actions" role="toolbar" aria-label={t('workspace.shortcuts')}>
        <button type="button" onClick={store.undo} disabled={!canUndo} title="Ctrl+Z">
          {t('common.actions.undo')}
        </button>
        <button type="button" onClick={store.redo} disabled={!canRedo} title="Ctrl+Y">
          {t('common.actions.redo')}
        </button>
        {!readOnly && (
          <button type="button" onClick={() => void store.save()} title="Ctrl+S">
            {t('common.actions.save')}
          </button>
        )}
        {!readOnly && (
          <button type="button" onClick={() => void store.saveAs()} title="Ctrl+Shift+S">
            {t('common.actions.saveAs')}
          </button>
        )}
        <ReviewActions />
        <button type="button" onClick={onVersions} data-testid="open-versions">
          {t('versions.open')}
        </button>
        <button type="button" aria-pressed={reading} onClick={onRead}>
          {t('reading.open')}
        </button>
        <button type="button" className="primary" onClick={onExport} title="Ctrl+E">
          {t('common.actions.export')}
        </button>
        <LanguageSwitch />
        <button type="button" onClick={() => void store.closeProject()}>
          {t('workspace.backToStart')}
        </button>
      </div>
    </header>
  );
}
