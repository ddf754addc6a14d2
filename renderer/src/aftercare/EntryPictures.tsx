/**
 * Evidence pictures of one progress entry, through the same picker and limits as the milestone
 * evidence (main checks size and type; the project's picture count and file budget apply).
 */
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/model/limits';
import { POST_TRAINING_LIMITS, type ProgressEntry } from '../../../shared/model/postTraining';
import { newId } from '../../../shared/model/schema';
import { PictureBudget } from '../attachments/PictureBudget';
import { pictureUrl, usePicturePicker } from '../attachments/usePicturePicker';
import { announce } from '../components/announce';
import { useEdit } from '../components/useEdit';

export function EntryPictures({ entry }: { entry: ProgressEntry }) {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const { pick, error, busy } = usePicturePicker();
  const mine = entry.attachmentIds.map((id) => p.attachments.find((a) => a.id === id)).filter((a) => a !== undefined);
  const full = p.attachments.length >= LIMITS.attachments || entry.attachmentIds.length >= POST_TRAINING_LIMITS.entryPictures;
  const add = async () => {
    const picture = await pick();
    if (!picture) return;
    const id = newId('bukti');
    // One undo step: the picture and the entry naming it.
    dispatch({
      type: 'batch',
      commands: [
        {
          type: 'list/add',
          list: 'attachments',
          item: { id, name: picture.name, mime: picture.mime, data: picture.data, caption: picture.name.replace(/\.(png|jpe?g)$/i, ''), milestoneId: null },
        },
        { type: 'list/update', list: 'progress', id: entry.id, patch: { attachmentIds: [...entry.attachmentIds, id] } },
      ],
    });
    announce(t('pictures.added', { name: picture.name }));
  };
  return (
    <fieldset className="picture-field" data-field="attachmentIds">
      <legend>{t('aftercare.progress.pictures')}</legend>
      {mine.length > 0 && (
        <ul className="picture-list">
          {mine.map((a) => (
            <li key={a.id} data-picture={a.id}>
              <img className="picture-thumb" src={pictureUrl(a)} alt={a.caption || a.name} />
              {!readOnly && (
                <button
                  type="button"
                  className="small"
                  onClick={() => {
                    dispatch({ type: 'list/remove', list: 'attachments', id: a.id });
                    announce(t('pictures.removed', { name: a.name }));
                  }}
                >
                  {t('aftercare.progress.removePicture')}
                  <span className="visually-hidden"> {a.caption || a.name}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <button type="button" className="small" onClick={() => void add()} disabled={busy || full}>
          {t('aftercare.progress.addPicture')}
        </button>
      )}
      {!readOnly && mine.length > 0 && <PictureBudget />}
      {error && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
