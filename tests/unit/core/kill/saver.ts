/**
 * Child process for the kill test: opens a project through the real services and saves it over
 * and over, each time with a new counter, until it is killed. Before each save it prints
 * "begin <title>", after it "done <title>" (stdout to a pipe is written synchronously on Linux and
 * macOS, so what the parent reads after the kill is exactly how far the child got).
 *
 * killRounds.ts builds a V8 startup snapshot of this bundle once (`node --build-snapshot`), which
 * holds the modules evaluated and nothing more: the services are made, the file opened and saved
 * in `main`, after each child's start. Run as a plain script it does the same without a snapshot.
 */
import { restoreGlobals } from './snapshotSafe';
import path from 'node:path';
import { startupSnapshot } from 'node:v8';
import { createServices } from '../../../../electron/core/services';

async function main([dataDir, file, round]: string[]): Promise<void> {
  if (dataDir === undefined || file === undefined || round === undefined) throw new Error('usage: saver <dataDir> <file> <round>');
  const noDialogs = {
    chooseProjectToOpen: async () => null,
    chooseProjectSavePath: async () => null,
    chooseExportPath: async () => null,
    choosePicturePath: async () => null,
  };
  const services = await createServices({
    dataDir,
    appVersion: 'kill-test',
    platform: process.platform,
    dialogs: noDialogs,
    shell: { showItemInFolder: () => undefined, openPath: async () => '' },
    samplePath: path.join(dataDir, 'none'),
  });
  const opened = await services.openPath(file);
  if (!opened.ok) {
    console.error(opened.message);
    process.exit(2);
  }
  let project = opened.value.project;
  let n = 0;
  for (;;) {
    project = { ...project, title: `Putaran ${round}, simpanan ke-${++n}` };
    process.stdout.write(`begin ${project.title}\n`);
    const r = await services.saveProject(opened.value.docId, project, false);
    if (!r.ok) {
      console.error(r.message);
      process.exit(3);
    }
    process.stdout.write(`done ${project.title}\n`);
  }
}

const failed = (e: unknown) => {
  console.error(e);
  process.exit(4);
};

restoreGlobals();
// Started from the snapshot, argv is [node, ...arguments]: no script path.
if (startupSnapshot.isBuildingSnapshot()) startupSnapshot.setDeserializeMainFunction(() => main(process.argv.slice(1)).catch(failed));
else main(process.argv.slice(2)).catch(failed);
