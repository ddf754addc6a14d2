/**
 * The path on the grid in words: per stakeholder, the numbered points the overlay draws (1 =
 * before), each with its day and its place. Shown under the grid while the path is on, so sighted
 * users can read the numbers and screen-reader users get the same.
 */
import { useTranslation } from 'react-i18next';
import { positionPath, type PathPoint } from '../../../../shared/domain/postTraining/positionPath';
import { formatDate } from '../../../../shared/format/dates';
import type { QuadrantNaming } from '../../../../shared/model/enums';
import type { Stakeholder } from '../../../../shared/model/types';
import { currentLang } from '../../i18n';
import { placeText, stakeholderName } from './labels';
import { withPath } from './PathOverlay';

export function PathList({ stakeholders, threshold, naming }: { stakeholders: readonly Stakeholder[]; threshold: number; naming: QuadrantNaming }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const paths = withPath(stakeholders);
  const when = (pt: PathPoint) =>
    pt.kind === 'before'
      ? t('aftercare.positions.before')
      : pt.kind === 'after'
        ? t('aftercare.positions.after')
        : pt.date
          ? formatDate(pt.date, lang)
          : t('aftercare.positions.undated');
  return (
    <section className="sh-path-list" data-testid="path-list" aria-labelledby="sh-path-list-title">
      <h3 id="sh-path-list-title">{t('aftercare.positions.gridPathTitle')}</h3>
      {paths.length === 0 ? (
        <p className="hint">{t('aftercare.positions.gridPathNone')}</p>
      ) : (
        <ul>
          {paths.map((s) => (
            <li key={s.id} data-path-of={s.id}>
              <strong>{stakeholderName(t, s)}</strong>:{' '}
              {positionPath(s)
                .map((pt, i) => `${i + 1}. ${when(pt)} — ${placeText(t, pt.power, pt.interest, threshold, naming)}`)
                .join(' → ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
