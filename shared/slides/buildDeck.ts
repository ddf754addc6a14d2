/**
 * Project → deck for the seminar rancangan or laporan: the chosen parts in the chosen order, each
 * a few measured slides, every number and label from the same report context as the DOCX
 * (shared/report/context.ts), so slides, report and screen never disagree. Pure and deterministic.
 */
import type { ReportKind } from '../domain/readiness';
import type { Project } from '../model/types';
import { DEFAULT_EXPORT_OPTIONS, documentType, reportContext, type ReportContext } from '../report/context';
import { MISSING } from '../report/terms';
import { FOOTER_BOX } from './geometry';
import type { Deck, Slide } from './model';
import { causeSlides, coreSlides, gapSlides, goalSlides, ideaSlides, issuesSlides } from './parts/analysis';
import { backgroundSlide, closingSlide, titleSlide } from './parts/opening';
import { budgetSlides, milestoneSlides, riskSlides, scheduleSlides, stakeholderSlides, teamSlides } from './parts/plan';
import { benefitSlides, evidenceSlides, movementSlides, realisationSlides, sustainabilitySlides } from './parts/results';
import { chosenSections, presentationMinutes, type SectionId } from './sections';
import { themeFor, type ThemeId } from './themes';
import { textBox } from './frame';

export interface DeckOptions {
  kind: ReportKind;
  theme?: ThemeId;
  /** Parts in order; empty or missing = the default of the kind. */
  sections?: readonly string[];
  /** Main colour of the organiser's logo ("1D4E89"), found by electron/core; for the "logo" theme. */
  logoColour?: string | null;
}

const BUILDERS: Record<SectionId, (c: ReportContext) => Slide[]> = {
  title: titleSlide,
  background: backgroundSlide,
  issues: issuesSlides,
  core: coreSlides,
  causes: causeSlides,
  gap: gapSlides,
  idea: ideaSlides,
  goals: goalSlides,
  milestones: milestoneSlides,
  schedule: scheduleSlides,
  stakeholders: stakeholderSlides,
  team: teamSlides,
  budget: budgetSlides,
  risks: riskSlides,
  realisation: realisationSlides,
  evidence: evidenceSlides,
  movement: movementSlides,
  benefits: benefitSlides,
  sustainability: sustainabilitySlides,
  closing: closingSlide,
};

export function buildDeck(p: Project, options: DeckOptions): Deck {
  const c = reportContext(p, options.kind, DEFAULT_EXPORT_OPTIONS);
  const slides = chosenSections(options.kind, options.sections).flatMap((id) => BUILDERS[id](c));
  const who = p.people.participant.name.trim() || MISSING;
  const programme = [
    c.programme.length > 40 ? p.programme.code.replace('_', ' ') : c.programme,
    p.programme.angkatan.trim() && `Angkatan ${p.programme.angkatan.trim()}`,
  ]
    .filter(Boolean)
    .join(' ');
  slides.forEach((s, i) => {
    if (s.section === 'title') return;
    s.elements.push(
      textBox('footer', FOOTER_BOX, [{ text: `${who} · ${programme} · ${i + 1}/${slides.length}` }], { max: 11, min: 8 }, { align: 'right', valign: 'middle' }),
    );
  });
  return {
    kind: options.kind,
    theme: themeFor(options.theme ?? 'biru', options.logoColour ?? null),
    documentType: documentType(c),
    title: p.title.trim() || c.label,
    author: p.people.participant.name.trim(),
    slides,
    minutes: presentationMinutes(slides.map((s) => s.section)),
  };
}
