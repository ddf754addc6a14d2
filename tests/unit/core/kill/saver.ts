/**
 * Child process for the kill test: opens a project through the real services and saves it over
 * and over, each time with a new counter, until it is killed. Before each save it prints
 * "begin <title>", after it "done <title>" (stdout to a pipe is written synchronously on Linux and
 * macOS, so what the parent reads after the kill is exactly how far the child got).
 */
import path from 'node:path';
import { createServices } from '../../../../electron/core/services';

const [dataDir, file, round] = process.argv.slice(2) as [string, string, string];
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
