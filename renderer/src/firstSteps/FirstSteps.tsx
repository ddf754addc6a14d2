/**
 * The first steps of a new project, shown at the top of each section while the participant is
 * still on the guided path: which section comes next and why, and, in a section still empty,
 * the SIPANTAU example's answer as a hint. Both can be hidden (and shown again).
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { FIRST_STEPS, nextStep, SIPANTAU_EXAMPLES, stepsDone, type FirstStep } from '../../../shared/domain/firstSteps';
import type { SectionId } from '../../../shared/domain/sections';
import { sectionHasContent } from '../../../shared/domain/sectionStatus';
import { useRenderCount } from '../components/renderCount';
import { perSnapshot } from '../state/checks';
import { useDocumentSelector } from '../state/useWorkspace';
import type { Project } from '../../../shared/model/types';

interface Guide {
  next: FirstStep | null;
  done: number;
  showExample: boolean;
}

/** What the guide shows for a section, once per checked snapshot (the selector runs on every keystroke). */
const guideOf = perSnapshot((p: Project, section: SectionId): Guide => ({
  next: nextStep(p),
  done: stepsDone(p),
  showExample: !!SIPANTAU_EXAMPLES[section] && !sectionHasContent(p, section),
}));
const sameGuide = (a: Guide, b: Guide) => a.next === b.next && a.done === b.done && a.showExample === b.showExample;
import { navigateTo } from './navigate';
import { useHidden } from './useHidden';

/**
 * Follows the checked project (one pause behind the typing, like the sidebar's marks) and redraws
 * only when what it shows changes: the guide walks the whole project, which no keystroke should wait for.
 */
export const FirstSteps = memo(function FirstSteps({ section }: { section: SectionId }) {
  const { t } = useTranslation();
  const { next, done, showExample } = useDocumentSelector((d) => guideOf(d.checked, section), sameGuide);
  const readOnly = useDocumentSelector((d) => d.doc?.readOnlyReason != null);
  useRenderCount('firstSteps');
  const [guideHidden, hideGuide] = useHidden('rancang.hideGuide');
  const [exampleHidden, hideExample] = useHidden('rancang.hideExamples');
  if (readOnly) return null;
  const example = SIPANTAU_EXAMPLES[section];
  if (!next && !showExample) return null;
  return (
    <div className="first-steps">
      {next && !guideHidden && (
        <section className="next-step" aria-labelledby="next-step-title" data-testid="next-step">
          <h3 id="next-step-title">{t('firstSteps.title', { done: String(done), total: String(FIRST_STEPS.length) })}</h3>
          <p>
            {next === section ? t('firstSteps.here') : t('firstSteps.next', { section: t(`workspace.sections.${next}`) })} {t(`firstSteps.why.${next}`)}
          </p>
          <div className="next-step-actions">
            {next !== section && (
              <button type="button" className="primary small" onClick={() => navigateTo(next)}>
                {t('firstSteps.go', { section: t(`workspace.sections.${next}`) })}
              </button>
            )}
            <button type="button" className="link" onClick={() => hideGuide(true)}>
              {t('firstSteps.hideGuide')}
            </button>
          </div>
        </section>
      )}
      {showExample &&
        (exampleHidden ? (
          <button type="button" className="link example-show" onClick={() => hideExample(false)}>
            {t('firstSteps.showExample')}
          </button>
        ) : (
          <aside className="example-hint" aria-labelledby="example-hint-title" data-testid="example-hint">
            <h3 id="example-hint-title">{t('firstSteps.exampleTitle')}</h3>
            <blockquote>{example}</blockquote>
            <button type="button" className="link" onClick={() => hideExample(true)}>
              {t('firstSteps.hideExample')}
            </button>
          </aside>
        ))}
    </div>
  );
});
