/** The post-training sections (issue 15), shown in the sidebar once the project is carried out. */
import type { ComponentType } from 'react';
import type { SectionId } from '../../../shared/domain/sections';
import { EvaluationSection } from './EvaluationSection';
import { HandoverSection } from './HandoverSection';
import { IndicatorSection } from './IndicatorSection';
import { ProgressSection } from './ProgressSection';

export const AFTERCARE_EDITORS: Partial<Record<SectionId, ComponentType>> = {
  'pasca-kemajuan': ProgressSection,
  'pasca-indikator': IndicatorSection,
  'pasca-evaluasi': EvaluationSection,
  'pasca-serah-terima': HandoverSection,
};
