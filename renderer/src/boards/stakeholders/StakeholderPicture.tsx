/** The stakeholder map exactly as the report prints it (shared/charts), for a last look before export. */
import { useDeferredValue, useMemo } from 'react';
import { stakeholderMapSvg, type MapView } from '../../../../shared/charts/stakeholderMap';
import type { Project } from '../../../../shared/model/types';
import { SvgPicture } from '../../components/SvgPicture';
import { currentLang } from '../../i18n';

export function StakeholderPicture({ project, which }: { project: Project; which: MapView }) {
  const lang = currentLang();
  const stakeholders = useDeferredValue(project.stakeholders);
  const settings = project.stakeholderSettings;
  const chart = useMemo(() => stakeholderMapSvg({ stakeholders, stakeholderSettings: settings }, which, { lang }), [stakeholders, settings, which, lang]);
  return <SvgPicture svg={chart.svg} className="chart-frame" testId={`stakeholder-picture-${which}`} />;
}
