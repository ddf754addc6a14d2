/** The effective team as the report draws it (shared/charts), under the team editor. */
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { teamChartSvg } from '../../../../shared/charts/teamChart';
import type { Project } from '../../../../shared/model/types';
import { SvgPicture } from '../../components/SvgPicture';
import { currentLang } from '../../i18n';
import '../boards.css';

export function TeamPicture({ project }: { project: Project }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const team = useDeferredValue(project.team);
  const people = useDeferredValue(project.people);
  const chart = useMemo(() => teamChartSvg({ team, people }, { lang }), [team, people, lang]);
  return (
    <section aria-labelledby="team-picture-title" className="team-picture">
      <h3 id="team-picture-title">{t('boards.teamPicture')}</h3>
      <p className="hint">{t('boards.stakeholders.pictureIntro')}</p>
      <SvgPicture svg={chart.svg} className="chart-frame" testId="team-chart" />
    </section>
  );
}
