import { CohortView } from '../cohort/CohortView';
import { useCohort } from '../cohort/cohortStore';
import { ErrorBoundary } from './ErrorBoundary';
import { useWorkspaceSelector, WorkspaceProvider } from '../state/useWorkspace';
import type { WorkspaceStore } from '../state/workspaceStore';
import { StartScreen } from '../start/StartScreen';
import { ConflictDialog, DiscardDialog, ErrorDialog } from '../workspace/Dialogs';
import { Workspace } from '../workspace/Workspace';

function Screens() {
  // Only whether a document is open: the screens below select what they show themselves.
  const hasDocument = useWorkspaceSelector((s) => s.doc !== null);
  // A project opened from the cohort table returns to the table when it is closed.
  const cohortOpen = useCohort((s) => s.view !== null);
  return (
    <>
      {hasDocument ? <Workspace /> : cohortOpen ? <CohortView /> : <StartScreen />}
      <ErrorDialog />
      <ConflictDialog />
      <DiscardDialog />
    </>
  );
}

export function App({ store }: { store: WorkspaceStore }) {
  return (
    <ErrorBoundary onError={(e, componentStack) => store.logError(e, componentStack)}>
      <WorkspaceProvider store={store}>
        <Screens />
      </WorkspaceProvider>
    </ErrorBoundary>
  );
}
