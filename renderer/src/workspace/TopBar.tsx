/** Title, file name, save status and the document actions. */
import { useTranslation } from 'react-i18next';
import { productLabel } from '../../../shared/model/programmes';
import { useWorkspace } from '../state/useWorkspace';
import { LanguageSwitch } from './LanguageSwitch';
import { SaveStatus } from './SaveStatus';

export function TopBar({ onExport, reading, onRead }: { onExport(): void; reading: boolean; onRead(): void }) {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const p = ws.project!;
  const doc = ws.state.doc!;
  const readOnly = doc.readOnlyReason !== null;
  return (
    <header className="topbar">
      <div className="topbar-title">
        <p className="product">{productLabel(p.programme)}</p>
        <h1 title={p.title}>{p.title.trim() || t('workspace.untitled')}</h1>
        <p className="file" data-testid="file-name">
          <span className="visually-hidden">{t('workspace.fileLabel')}: </span>
          {doc.fileName ?? t('workspace.unsavedFile')}
        </p>
      </div>
      <SaveStatus />
      <div className="topbar-actions" role="toolbar" aria-label={t('workspace.shortcuts')}>
        <button type="button" onClick={ws.undo} disabled={!ws.canUndo} title="Ctrl+Z">{t('common.actions.undo')}</button>
        <button type="button" onClick={ws.redo} disabled={!ws.canRedo} title="Ctrl+Y">{t('common.actions.redo')}</button>
        {!readOnly && <button type="button" onClick={() => void ws.save()} title="Ctrl+S">{t('common.actions.save')}</button>}
        {!readOnly && <button type="button" onClick={() => void ws.saveAs()} title="Ctrl+Shift+S">{t('common.actions.saveAs')}</button>}
        <button type="button" aria-pressed={reading} onClick={onRead}>{t('reading.open')}</button>
        <button type="button" className="primary" onClick={onExport} title="Ctrl+E">{t('common.actions.export')}</button>
        <LanguageSwitch />
        <button type="button" onClick={() => void ws.closeProject()}>{t('workspace.backToStart')}</button>
      </div>
    </header>
  );
}
