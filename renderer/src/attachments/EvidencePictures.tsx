/**
 * Evidence pictures of one milestone (photos of the launch, a scanned SK …): added through main,
 * captioned, removed. The report's appendix numbers them and the milestone tables cite them.
 */
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/model/limits';
import { newId } from '../../../shared/model/schema';
import type { Milestone } from '../../../shared/model/types';
import { announce, focusLater } from '../components/announce';
import { TextField } from '../components/Field';
import { useEdit } from '../components/useEdit';
import { PictureBudget } from './PictureBudget';
import { pictureUrl, usePicturePicker } from './usePicturePicker';

export function EvidencePictures({ milestone }: { milestone: Milestone }) {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const { pick, error, note, busy } = usePicturePicker();
  const mine = p.attachments.filter((a) => a.milestoneId === milestone.id);
  const full = p.attachments.length >= LIMITS.attachments;
  const add = async () => {
    const picture = await pick();
    if (!picture) return;
    const id = newId('bukti');
    dispatch({
      type: 'list/add',
      list: 'attachments',
      item: {
        id,
        name: picture.name,
        mime: picture.mime,
        data: picture.data,
        caption: picture.name.replace(/\.(png|jpe?g)$/i, ''),
        milestoneId: milestone.id,
      },
    });
    announce(t('pictures.added', { name: picture.name }));
    focusLater(`[data-picture="${id}"] [data-field="caption"]`);
  };
  return (
    <fieldset className="picture-field evidence-pictures" data-field="attachments">
      <legend>{t('pictures.evidence')}</legend>
      <p className="hint">{t('pictures.evidenceHint')}</p>
      {mine.length === 0 && <p className="hint">{t('pictures.evidenceNone')}</p>}
      <ul className="picture-list">
        {mine.map((a, i) => (
          <li key={a.id} data-picture={a.id}>
            <img className="picture-thumb" src={pictureUrl(a)} alt="" />
            <div className="picture-meta">
              <TextField
                label={t('pictures.caption', { n: String(i + 1) })}
                value={a.caption}
                max={1000}
                readOnly={readOnly}
                fieldName="caption"
                onCommit={(caption) => dispatch({ type: 'list/update', list: 'attachments', id: a.id, patch: { caption } })}
              />
              <p className="hint">{a.name}</p>
              {!readOnly && (
                <button
                  type="button"
                  className="small"
                  onClick={() => {
                    dispatch({ type: 'list/remove', list: 'attachments', id: a.id });
                    announce(t('pictures.removed', { name: a.name }));
                  }}
                >
                  {t('pictures.remove')}
                  <span className="visually-hidden"> {a.caption || a.name}</span>
                </button>
              )}
            </div>
          </li>
        ))}
      </ul>
      {!readOnly && (
        <button type="button" onClick={() => void add()} disabled={busy || full}>
          {t('pictures.addEvidence')}
        </button>
      )}
      {!readOnly && <PictureBudget />}
      {full && <p className="hint">{t('pictures.tooMany', { max: String(LIMITS.attachments) })}</p>}
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
