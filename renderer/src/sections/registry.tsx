/** Which editor shows each section. Sections not built yet say so plainly. */
import { Suspense, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionId } from '../../../shared/domain/sections';
import { StakeholderSection, TimelineSection } from '../app/parts';
import { PROJECT_EDITORS } from './editors';
import { AFTERCARE_EDITORS } from '../aftercare/editors';
import { IdentitySection } from './identity/IdentitySection';

function NotYet({ section }: { section: SectionId }) {
  const { t } = useTranslation();
  return (
    <section className="section" aria-labelledby="section-title">
      <h2 id="section-title">{t(`workspace.sections.${section}`)}</h2>
      <p className="hint">{t('workspace.notYet')}</p>
    </section>
  );
}

export const SECTION_EDITORS: Partial<Record<SectionId, ComponentType>> = {
  identitas: IdentitySection,
  ...PROJECT_EDITORS,
  stakeholder: StakeholderSection,
  jadwal: TimelineSection,
  ...AFTERCARE_EDITORS,
};

export function SectionEditor({ section }: { section: SectionId }) {
  const Editor = SECTION_EDITORS[section];
  // The boards are loaded on first use (app/parts): nothing stands in for the moment their chunk takes.
  return Editor ? (
    <Suspense fallback={null}>
      <Editor />
    </Suspense>
  ) : (
    <NotYet section={section} />
  );
}
