/** The poster's choices in the export dialog: the paper size and the theme (shared with the slides). */
import { useTranslation } from 'react-i18next';
import { POSTER_SIZES, type PosterSize } from '../../../shared/poster/sizes';
import { THEME_IDS, type ThemeId } from '../../../shared/slides/themes';

interface Props {
  size: PosterSize;
  onSize(size: PosterSize): void;
  theme: ThemeId;
  onTheme(theme: ThemeId): void;
}

export function PosterChoices({ size, onSize, theme, onTheme }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <label className="slide-theme">
        <span>{t('exportDialog.poster.size')}</span>
        <select value={size} onChange={(e) => onSize(e.target.value as PosterSize)} data-testid="poster-size">
          {POSTER_SIZES.map((s) => (
            <option key={s} value={s}>
              {t(`exportDialog.poster.sizes.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="slide-theme">
        <span>{t('exportDialog.slides.theme')}</span>
        <select value={theme} onChange={(e) => onTheme(e.target.value as ThemeId)} data-testid="poster-theme">
          {THEME_IDS.map((id) => (
            <option key={id} value={id}>
              {t(`exportDialog.slides.themes.${id}`)}
            </option>
          ))}
        </select>
      </label>
      <p className="hint">{t('exportDialog.poster.note')}</p>
    </>
  );
}
