/**
 * What every section editor needs: the project, a dispatch that never changes identity (so rows
 * wrapped in memo() do not re-render on every keystroke elsewhere) and the read-only flag.
 */
import type { Command } from '../../../shared/domain/commands';
import type { Project } from '../../../shared/model/types';
import { useDocumentSelector, useWorkspaceStore } from '../state/useWorkspace';

export type Dispatch = (command: Command) => void;

export function useEdit(): { p: Project; dispatch: Dispatch; readOnly: boolean } {
  const store = useWorkspaceStore();
  const p = useDocumentSelector((d) => d.history.present);
  const readOnly = useDocumentSelector((d) => d.doc?.readOnlyReason != null);
  return { p, dispatch: store.dispatch, readOnly };
}
