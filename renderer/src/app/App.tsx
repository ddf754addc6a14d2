import { useWorkspace, WorkspaceProvider } from '../state/useWorkspace';
import { StartScreen } from '../start/StartScreen';
import { ConflictDialog, DiscardDialog, ErrorDialog } from '../workspace/Dialogs';
import { Workspace } from '../workspace/Workspace';

function Screens() {
  const ws = useWorkspace();
  return (
    <>
      {ws.project ? <Workspace /> : <StartScreen />}
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
