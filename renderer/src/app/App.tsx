import { CohortView } from '../cohort/CohortView';
import { useCohort } from '../cohort/cohortStore';
import { useWorkspace, WorkspaceProvider } from '../state/useWorkspace';
import { StartScreen } from '../start/StartScreen';
import { ConflictDialog, DiscardDialog, ErrorDialog } from '../workspace/Dialogs';
import { Workspace } from '../workspace/Workspace';

function Screens() {
  const ws = useWorkspace();
  // A project opened from the cohort table returns to the table when it is closed.
  const cohortOpen = useCohort((s) => s.view !== null);
  return (
    <>
      {ws.project ? <Workspace /> : cohortOpen ? <CohortView /> : <StartScreen />}
      <ErrorDialog />
      <ConflictDialog />
      <DiscardDialog />
    </>
  );
}

export function App() {
  return (
    <WorkspaceProvider>
      <Screens />
    </WorkspaceProvider>
  );
}
