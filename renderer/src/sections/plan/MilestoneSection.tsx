/**
 * Milestones by horizon, in two views of the same list: the table (every field, the editor) and
 * the drag-and-drop board (order and lanes). Opening a card on the board shows its details beside it.
 */
import { Suspense, useMemo, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { inBrackets } from '../../../../shared/format/brackets';
import { formatDate } from '../../../../shared/format/dates';
import { HORIZONS } from '../../../../shared/model/enums';
import type { Project } from '../../../../shared/model/types';
import { MilestoneBoardView } from '../../app/parts';
import { RenumberCodes } from '../../boards/milestones/RenumberCodes';
import { Section } from '../../components/Section';
import { useEdit } from '../../components/useEdit';
import { currentLang } from '../../i18n';
import { teamOptions } from '../team/teamOptions';
import type { MilestoneContext } from './MilestoneRow';
import { MilestoneTable } from './MilestoneTable';

export interface MilestoneViewProps {
  project: Project;
  ctx: MilestoneContext;
  /** Show one milestone's full editor (the board's "Buka" does this). */
  onOpen(id: string): void;
  /** A milestone whose editor should be open and focused (after onOpen). */
  focusId: string | null;
}

/** The table view: the three lanes, each a table of its milestones. */
function MilestoneTables({ project, ctx, focusId }: MilestoneViewProps) {
  const { t } = useTranslation();
  return HORIZONS.map((h) => (
    <section key={h} className="lane" aria-labelledby={`lane-${h}`}>
      <h3 id={`lane-${h}`}>
        {t('plan.lane', { horizon: t(`terms.horizons.${h}`), length: project.horizonLengths[h].trim() ? inBrackets(project.horizonLengths[h]) : '' })}
      </h3>
      <MilestoneTable horizon={h} milestones={project.milestones.filter((m) => m.horizon === h)} all={project.milestones} ctx={ctx} focusId={focusId} />
    </section>
  ));
}

function BoardView({ project, ctx }: MilestoneViewProps) {
  return (
    <Suspense fallback={null}>
      <MilestoneBoardView project={project} ctx={ctx} />
    </Suspense>
  );
}

/** The table is the editor; the drag-and-drop board (boards/milestones) is the other view. */
export const MILESTONE_VIEWS = [
  { id: 'table', View: MilestoneTables },
  { id: 'board', View: BoardView },
] as const satisfies readonly { id: string; View: ComponentType<MilestoneViewProps> }[];
type ViewId = (typeof MILESTONE_VIEWS)[number]['id'];

export function MilestoneSection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const [viewId, setViewId] = useState<ViewId>('table');
  const [focusId, setFocusId] = useState<string | null>(null);
  const view = MILESTONE_VIEWS.find((v) => v.id === viewId) ?? MILESTONE_VIEWS[0];
  const lang = currentLang();
  const cal = p.calendar;
  const window =
    cal.offCampusStart && cal.offCampusEnd ? `${formatDate(cal.offCampusStart, lang)} – ${formatDate(cal.offCampusEnd, lang)}` : t('plan.windowUnknown');
  // One context object per change of what rows read, so memoised rows skip re-rendering otherwise.
  const team = useMemo(() => teamOptions(t, p), [t, p.team, p.people]); // eslint-disable-line react-hooks/exhaustive-deps
  const ctx = useMemo<MilestoneContext>(
    () => ({ calendar: cal, team, budgetLines: p.budgetLines, stakeholders: p.stakeholders, dispatch, readOnly }),
    [cal, team, p.budgetLines, p.stakeholders, dispatch, readOnly],
  );
  const open = (id: string) => {
    setViewId('table');
    setFocusId(id);
  };

  return (
    <Section id="milestone" title={t('workspace.sections.milestone')} intro={t('plan.milestoneIntro', { window })}>
      <fieldset className="view-switch">
        <legend>{t('plan.views')}</legend>
        {MILESTONE_VIEWS.map((v) => (
          <label key={v.id} className="checkbox">
            <input
              type="radio"
              name="milestone-view"
              value={v.id}
              checked={v.id === view.id}
              onChange={() => {
                setViewId(v.id);
                setFocusId(null);
              }}
            />
            <span>{t(`plan.viewNames.${v.id}`)}</span>
          </label>
        ))}
      </fieldset>
      {!readOnly && (
        <div className="milestone-tools">
          <RenumberCodes milestones={p.milestones} dispatch={dispatch} />
        </div>
      )}
      <view.View project={p} ctx={ctx} onOpen={open} focusId={focusId} />
    </Section>
  );
}
