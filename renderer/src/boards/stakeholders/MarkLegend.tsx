/** What every mark on a card means: attitude marks, E for external, ↗ for a change of quadrant. */
import { useTranslation } from 'react-i18next';
import { ATTITUDES } from '../../../../shared/model/enums';

export function MarkLegend() {
  const { t } = useTranslation();
  return (
    <section className="sh-legend" aria-labelledby="sh-legend-title" data-testid="stakeholder-legend">
      <h3 id="sh-legend-title">{t('boards.stakeholders.legend')}</h3>
      <dl>
        {[...ATTITUDES, 'none' as const].map((a) => (
          <div key={a} className={`attitude-${a}`}>
            <dt className="sh-mark">{t(`boards.attitudeMarks.${a}`)}</dt>
            <dd>{t(`boards.stakeholders.legendMarks.${a}`)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <span className="sh-cat">E</span>
          </dt>
          <dd>{t('boards.stakeholders.legendMarks.external')}</dd>
        </div>
        <div>
          <dt className="sh-moved">↗</dt>
          <dd>{t('boards.stakeholders.legendMarks.moved')}</dd>
        </div>
      </dl>
    </section>
  );
}
