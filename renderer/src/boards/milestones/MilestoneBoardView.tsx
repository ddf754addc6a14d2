/**
 * The milestone board as a view of the milestone section: the lanes plus the non-drag
 * "Pindahkan ke…" dialog. Opening a card is the section's job (it shows the card's editor).
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { milestoneCodes } from '../../../../shared/domain/milestoneCodes';
import type { Project } from '../../../../shared/model/types';
import { focusLater } from '../../components/announce';
import type { Dispatch } from '../../components/useEdit';
import '../boards.css';
import { MilestoneBoard } from './MilestoneBoard';
import { MoveMilestoneDialog } from './MoveMilestoneDialog';

interface Props {
  project: Project;
  readOnly: boolean;
  dispatch: Dispatch;
  onOpen(id: string): void;
}

export function MilestoneBoardView({ project, readOnly, dispatch, onOpen }: Props) {
  const { t } = useTranslation();
  const [moving, setMoving] = useState<string | null>(null);
  const codes = useMemo(() => milestoneCodes(project.milestones), [project.milestones]);
  const m = project.milestones.find((x) => x.id === moving) ?? null;
  return (
    <>
      <MilestoneBoard project={project} readOnly={readOnly} dispatch={dispatch} onOpen={onOpen} onMoveTo={setMoving} />
      <MoveMilestoneDialog milestone={m} milestones={project.milestones}
        title={m ? `${codes.get(m.id)} ${m.title.trim() || t('boards.milestones.untitled')}` : ''}
        onClose={() => setMoving(null)}
        onMove={(horizon, index) => {
          if (!m) return;
          dispatch({ type: 'milestone/move', id: m.id, horizon, index });
          setMoving(null);
          focusLater(`[data-testid="ms-handle-${CSS.escape(m.id)}"]`);
        }} />
    </>
  );
}
