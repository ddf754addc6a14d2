/**
 * Jadwal: the schedule as the report will print it (weeks for the short term, months beyond,
 * seminars and the off-campus window marked), drawn by shared/charts from the milestone dates.
 */
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { timelineSvg } from '../../../../shared/charts/timeline';
import { isOutsideWindow } from '../../../../shared/domain/schedule';
import { Section } from '../../components/Section';
import { SvgPicture } from '../../components/SvgPicture';
import { useEdit } from '../../components/useEdit';
import { currentLang } from '../../i18n';
import '../boards.css';

export function TimelineSection() {
  const { t } = useTranslation();
  const { p } = useEdit();
  const lang = currentLang();
  // The picture follows the data a moment later; typing elsewhere never waits for it.
  const milestones = useDeferredValue(p.milestones);
  const calendar = useDeferredValue(p.calendar);
  const chart = useMemo(() => timelineSvg({ milestones, calendar }, { lang }), [milestones, calendar, lang]);
  const dated = p.milestones.filter((m) => m.start || m.end).length;
  const outside = p.milestones.filter((m) => m.horizon === 'PENDEK' && isOutsideWindow(m, p.calendar)).length;
  return (
    <Section id="jadwal" title={t('boards.timeline.title')} intro={t('boards.timeline.intro')}>
      {dated === 0 && <p className="hint">{t('boards.timeline.noDates')}</p>}
      {outside > 0 && (
        <p className="message warning" data-testid="timeline-outside">
          {t('boards.timeline.outside', { count: outside })}
        </p>
      )}
      <SvgPicture svg={chart.svg} className="chart-frame" testId="timeline-chart" />
    </Section>
  );
}
