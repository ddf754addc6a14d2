/**
 * "Sisipkan gambar…" in a long text's toolbar: a picture chosen through main's dialog (checked
 * there like every picture: size, PNG/JPEG signature), stored in the project as an attachment
 * marked `inText`, and referenced from the text by id — `![Keterangan](gambar:<id>)`.
 */
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../../shared/model/limits';
import { newId } from '../../../shared/model/schema';
import { pictureSource } from '../../../shared/text/textTable';
import { usePicturePicker } from '../attachments/usePicturePicker';
import { announce } from './announce';
import { useEdit } from './useEdit';

interface Props {
  /** Puts the picture's source in the text as its own paragraph, selecting `select` of it (the caption). */
  onInsert(block: string, select: { from: number; to: number }): void;
}

export function InsertPicture({ onInsert }: Props) {
  const { t } = useTranslation();
  const { p, dispatch } = useEdit();
  const { pick, error, busy } = usePicturePicker();
  const full = p.attachments.length >= LIMITS.attachments;
  const insert = async () => {
    const picture = await pick();
    if (!picture) return;
    const id = newId('gbr');
    const caption = picture.name.replace(/\.(png|jpe?g)$/i, '');
    dispatch({
      type: 'list/add',
      list: 'attachments',
      item: { id, name: picture.name, mime: picture.mime, data: picture.data, caption, milestoneId: null, inText: true },
    });
    const source = pictureSource(id, caption);
    onInsert(source, { from: 2, to: source.indexOf('](gambar:') });
    announce(t('longText.pictureAdded', { name: picture.name }));
  };
  return (
    <>
      <button
        type="button"
        className="small"
        disabled={busy || full}
        onClick={() => void insert()}
        title={full ? t('pictures.tooMany', { max: String(LIMITS.attachments) }) : undefined}
      >
        {t('longText.insertPicture')}
      </button>
      {error && (
        <span className="message error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
