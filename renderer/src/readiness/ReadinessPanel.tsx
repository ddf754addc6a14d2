/** The workspace's right-hand panel: the readiness list for the rancangan or the laporan. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReadinessFinding, ReportKind } from '../../../shared/domain/readiness';
import type { Project } from '../../../shared/model/types';
import { ReadinessList } from './ReadinessList';

interface Props {
  id: string;
  project: Project;
  findings: readonly ReadinessFinding[];
  kind: ReportKind;
  onKind(kind: ReportKind): void;
  onGo(finding: ReadinessFinding): void;
}

export function ReadinessPanel({ id, project, findings, kind, onKind, onGo }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const kindId = useId();
  return (
    <aside id={id} className="readiness-panel" aria-labelledby={titleId} data-testid="readiness-panel" data-region>
      <h2 id={titleId}>{t('readiness.title')}</h2>
      <p className="hint">{t('readiness.intro')}</p>
      <div className="field">
        <label htmlFor={kindId}>{t('readiness.kind')}</label>
        <select id={kindId} value={kind} onChange={(e) => onKind(e.target.value as ReportKind)}>
          <option value="rancangan">{t('readiness.kinds.rancangan')}</option>
          <option value="laporan">{t('readiness.kinds.laporan')}</option>
        </select>
      </div>
      <ReadinessList project={project} findings={findings} onGo={onGo} />
    </aside>
  );
}
