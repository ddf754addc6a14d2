/**
 * What every section editor needs: the project, a dispatch that never changes identity (so rows
 * wrapped in memo() do not re-render on every keystroke elsewhere) and the read-only flag.
 */
import { useCallback, useRef } from 'react';
import type { Command } from '../../../shared/domain/commands';
import type { Project } from '../../../shared/model/types';
import { useWorkspace } from '../state/useWorkspace';

export type Dispatch = (command: Command) => void;

export function useEdit(): { p: Project; dispatch: Dispatch; readOnly: boolean } {
  const ws = useWorkspace();
  const latest = useRef(ws.dispatch);
  latest.current = ws.dispatch;
  const dispatch = useCallback<Dispatch>((command) => latest.current(command), []);
  return { p: ws.project!, dispatch, readOnly: ws.state.doc?.readOnlyReason != null };
}
