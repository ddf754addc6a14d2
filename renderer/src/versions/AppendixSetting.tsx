/**
 * The laporan's "Perubahan setelah seminar rancangan" appendix, a document setting kept in the
 * project: on or off (off by default) and which frozen version it compares with (by default the
 * newest rancangan version, shared/model/appendixVersion.ts).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { appendixVersion } from '../../../shared/model/appendixVersion';
import type { VersionInfo } from '../../../shared/model/versions';
import { useEdit } from '../components/useEdit';

const NEWEST = '';

export function AppendixSetting({ versions }: { versions: readonly VersionInfo[] }) {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const ids = { hint: useId(), version: useId() };
  const { changesAppendix: on, changesAppendixVersion: chosen } = p.documentSettings;
  const good = versions.filter((v) => v.damaged === null);
  const newest = appendixVersion(
    good.filter((v) => v.kind === 'rancangan'),
    null,
  );
  const used = appendixVersion(versions, chosen);
  return (
    <fieldset className="versions-appendix" data-testid="appendix-setting">
      <legend>{t('versions.appendix.title')}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={on}
          disabled={readOnly}
          aria-describedby={ids.hint}
          data-field="documentSettings.changesAppendix"
          onChange={(e) => dispatch({ type: 'documentSettings/patch', patch: { changesAppendix: e.target.checked } })}
        />
        <span>{t('versions.appendix.toggle')}</span>
      </label>
      <p className="hint" id={ids.hint}>
        {t('versions.appendix.hint')}
      </p>
      {on && (
        <div className="field">
          <label htmlFor={ids.version}>{t('versions.appendix.version')}</label>
          <select
            id={ids.version}
            value={chosen !== null && good.some((v) => v.id === chosen) ? chosen : NEWEST}
            disabled={readOnly}
            onChange={(e) => dispatch({ type: 'documentSettings/patch', patch: { changesAppendixVersion: e.target.value === NEWEST ? null : e.target.value } })}
          >
            <option value={NEWEST}>{newest ? t('versions.appendix.newestRancangan', { name: newest.name }) : t('versions.appendix.noRancangan')}</option>
            {good.map((v) => (
              <option key={v.id} value={v.id}>
                {v.name}
              </option>
            ))}
          </select>
        </div>
      )}
      {on && !used && <p className="message warning">{t('versions.appendix.unused')}</p>}
    </fieldset>
  );
}
