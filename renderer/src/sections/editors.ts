/** The section editors of issue 3 (every section except identity, stakeholders and the timeline). */
import type { ComponentType } from 'react';
import type { SectionId } from '../../../shared/domain/sections';
import { GapSection } from './analysis/GapSection';
import { GoalsSection } from './analysis/GoalsSection';
import { IdeaSection } from './analysis/IdeaSection';
import { RootCausesSection } from './analysis/RootCausesSection';
import { BudgetSection } from './budget/BudgetSection';
import { SuccessFactorsSection, SustainabilitySection } from './closing/ItemListSections';
import { IdentifySection } from './issues/IdentifySection';
import { PrioritySection } from './issues/PrioritySection';
import {
  BackgroundSection,
  BenefitsSection,
  ClosingSection,
  DocumentSection,
  ProfileSection,
  ReflectionSection,
  ScopeSection,
} from './narrative/NarrativeSections';
import { MilestoneSection } from './plan/MilestoneSection';
import { RealisationSection } from './plan/RealisationSection';
import { ConsultationsSection } from './records/ConsultationsSection';
import { SeminarsSection } from './records/SeminarsSection';
import { RisksSection } from './risks/RisksSection';
import { TeamSection } from './team/TeamSection';

export const PROJECT_EDITORS: Partial<Record<SectionId, ComponentType>> = {
  dokumen: DocumentSection,
  'latar-belakang': BackgroundSection,
  isu: IdentifySection,
  prioritas: PrioritySection,
  'akar-masalah': RootCausesSection,
  kesenjangan: GapSection,
  gagasan: IdeaSection,
  tujuan: GoalsSection,
  manfaat: BenefitsSection,
  'ruang-lingkup': ScopeSection,
  'profil-organisasi': ProfileSection,
  milestone: MilestoneSection,
  tim: TeamSection,
  anggaran: BudgetSection,
  risiko: RisksSection,
  'faktor-kunci': SuccessFactorsSection,
  keberlanjutan: SustainabilitySection,
  realisasi: RealisationSection,
  refleksi: ReflectionSection,
  penutup: ClosingSection,
  konsultasi: ConsultationsSection,
  seminar: SeminarsSection,
};
