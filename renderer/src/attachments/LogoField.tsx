/** The cover logo: choose, replace or remove one picture; the project keeps it as an attachment. */
import { useTranslation } from 'react-i18next';
import { newId } from '../../../shared/model/schema';
import type { Command } from '../../../shared/domain/commands';
import { announce } from '../components/announce';
import { useEdit } from '../components/useEdit';
import { PictureBudget } from './PictureBudget';
import { pictureUrl, usePicturePicker } from './usePicturePicker';

export function LogoField() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const { pick, error, note, busy } = usePicturePicker();
  const logoId = p.documentSettings.logoAttachmentId;
  const logo = logoId ? p.attachments.find((a) => a.id === logoId) : undefined;
  const remove = (): Command[] => (logo ? [{ type: 'list/remove', list: 'attachments', id: logo.id }] : []);
  const choose = async () => {
    const picture = await pick();
    if (!picture) return;
    const id = newId('logo');
    dispatch({
      type: 'batch',
      commands: [
        ...remove(),
        { type: 'list/add', list: 'attachments', item: { id, name: picture.name, mime: picture.mime, data: picture.data, caption: 'Logo', milestoneId: null } },
        { type: 'documentSettings/patch', patch: { logoAttachmentId: id } },
      ],
    });
    announce(t('pictures.added', { name: picture.name }));
  };
  return (
    <fieldset className="picture-field" data-field="documentSettings.logoAttachmentId">
      <legend>{t('pictures.logo')}</legend>
      <p className="hint">{t('pictures.logoHint')}</p>
      {logo ? (
        <img className="picture-thumb" src={pictureUrl(logo)} alt={t('pictures.logoAlt', { name: logo.name })} data-testid="logo-preview" />
      ) : (
        <p className="hint">{t('pictures.logoNone')}</p>
      )}
      {!readOnly && (
        <div className="picture-actions">
          <button type="button" onClick={() => void choose()} disabled={busy}>
            {logo ? t('pictures.replaceLogo') : t('pictures.chooseLogo')}
          </button>
          {logo && (
            <button
              type="button"
              onClick={() => {
                dispatch({ type: 'batch', commands: [...remove(), { type: 'documentSettings/patch', patch: { logoAttachmentId: null } }] });
                announce(t('pictures.removed', { name: logo.name }));
              }}
            >
              {t('pictures.removeLogo')}
            </button>
          )}
        </div>
      )}
      {!readOnly && <PictureBudget />}
      {note && (
        <p className="hint" role="status" data-testid="picture-downscaled">
          {note}
        </p>
      )}
      {error && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
