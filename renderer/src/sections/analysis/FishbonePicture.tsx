/** The root causes drawn as the report draws them (shared/charts/fishbone.ts), under the cause lists. */
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { fishboneSvg } from '../../../../shared/charts/fishbone';
import type { Project } from '../../../../shared/model/types';
import { SvgPicture } from '../../components/SvgPicture';
import { currentLang } from '../../i18n';

export function FishbonePicture({ rootCauses, head }: { rootCauses: Project['rootCauses']; head: string | null }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const causes = useDeferredValue(rootCauses);
  const chart = useMemo(() => fishboneSvg({ rootCauses: causes }, head, { lang }), [causes, head, lang]);
  return (
    <section aria-labelledby="fishbone-title" className="fishbone-picture">
      <h3 id="fishbone-title">{t('fishbone.title')}</h3>
      <p className="hint">{t('fishbone.intro')}</p>
      <SvgPicture svg={chart.svg} className="chart-frame" testId="fishbone-chart" />
    </section>
  );
}
