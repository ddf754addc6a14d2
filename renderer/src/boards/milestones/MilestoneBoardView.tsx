/**
 * The milestone board as a view of the milestone section: the lanes, a card's details beside
 * them (the board stays in view while you fill them in), and the non-drag "Pindahkan ke…" dialog.
 */
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blankItem } from '../../../../shared/domain/blank';
import { milestoneCodes } from '../../../../shared/domain/milestoneCodes';
import type { Horizon } from '../../../../shared/model/enums';
import type { Project } from '../../../../shared/model/types';
import { announce, focusLater } from '../../components/announce';
import type { MilestoneContext } from '../../sections/plan/MilestoneRow';
import '../boards.css';
import { MilestoneBoard } from './MilestoneBoard';
import { MilestonePanel } from './MilestonePanel';
import { MoveMilestoneDialog } from './MoveMilestoneDialog';

export interface MilestoneBoardProps {
  project: Project;
  ctx: MilestoneContext;
}

export function MilestoneBoardView({ project, ctx }: MilestoneBoardProps) {
  const { t } = useTranslation();
  const { readOnly, dispatch } = ctx;
  const [moving, setMoving] = useState<string | null>(null);
  const [openId, setOpenId] = useState<string | null>(null);
  const codes = useMemo(() => milestoneCodes(project.milestones), [project.milestones]);
  const m = project.milestones.find((x) => x.id === moving) ?? null;
  const opened = project.milestones.find((x) => x.id === openId) ?? null;
  const add = (horizon: Horizon, title: string) => {
    const item = blankItem('milestones', { horizon, title });
    const all = project.milestones;
    const last = all.findLast((x) => x.horizon === horizon);
    dispatch({ type: 'list/add', list: 'milestones', item, index: last ? all.indexOf(last) + 1 : all.length });
    const code = milestoneCodes([...all, item]).get(item.id) ?? '';
    announce(t('boards.milestones.added', { code, title, horizon: t(`terms.horizons.${horizon}`).toLowerCase() }));
  };
  // The same function from render to render: every card's memoised body takes it, and a new one would render all of
  // them again on each edit of the project (a keystroke in the open card's details included).
  const onOpen = useCallback((id: string) => setOpenId((cur) => (cur === id ? null : id)), []);
  const close = () => {
    const id = openId;
    setOpenId(null);
    if (id) focusLater(`[data-item="${CSS.escape(id)}"] .ms-actions button`);
  };
  return (
    <div className={`ms-layout${opened ? ' has-panel' : ''}`}>
      <MilestoneBoard project={project} readOnly={readOnly} dispatch={dispatch} onOpen={onOpen} onMoveTo={setMoving} onAdd={add} openId={openId} />
      {opened && <MilestonePanel key={opened.id} m={opened} code={codes.get(opened.id) ?? ''} ctx={ctx} onClose={close} />}
      <MoveMilestoneDialog
        milestone={m}
        milestones={project.milestones}
        title={m ? `${codes.get(m.id)} ${m.title.trim() || t('boards.milestones.untitled')}` : ''}
        onClose={() => setMoving(null)}
        onMove={(horizon, index) => {
          if (!m) return;
          dispatch({ type: 'milestone/move', id: m.id, horizon, index });
          setMoving(null);
          focusLater(`[data-testid="ms-handle-${CSS.escape(m.id)}"]`);
        }}
      />
    </div>
  );
}
