/**
 * Application lifecycle: one instance, one window, files from the OS, the close prompt. Everything
 * with logic lives in electron/core (tested without Electron); this file only wires it up.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { fail } from '../shared/errors';
import { PUSH_CHANNELS, type MenuCommand, type OpenedDocument } from '../shared/ipc';
import type { Result } from '../shared/result';
import { findProjectArg } from './core/argv';
import { fileAssociationStatus, installKind, reportFileAssociation } from './core/fileAssociation';
import { createWorkerReportExporter } from './core/report/workerExporter';
import { createServices, type Services } from './core/services';
import { electronDialogs } from './dialogs';
import { registerIpc } from './ipc';
import { menuTemplate } from './menu';
import { APP_ORIGIN, installAppProtocol, registerSchemePrivileges, START_URL } from './protocol';
import { createMainWindow, lockDownContents, lockDownSession } from './window';

const here = import.meta.dirname;
const appRoot = path.resolve(here, '..');
const resources = app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(appRoot, 'resources');
const devServer = process.env['VITE_DEV_SERVER_URL'];

// Tests (and users who want a portable data folder) can point the data folder elsewhere.
const userDataOverride = process.env['RANCANG_USER_DATA'];
if (userDataOverride) app.setPath('userData', path.resolve(userDataOverride));

registerSchemePrivileges(protocol);

let win: BrowserWindow | null = null;
let services: Services | null = null;
let rendererReady = false;
let unsaved = false;
let closeConfirmed = false;
const pending: Result<OpenedDocument>[] = [];
const pendingPaths: string[] = [];

function push(result: Result<OpenedDocument>): void {
  if (win && rendererReady) win.webContents.send(PUSH_CHANNELS.openDocument, result);
  else pending.push(result);
}

async function openFromOs(file: string): Promise<void> {
  if (!services) {
    pendingPaths.push(file);
    return;
  }
  push(await services.openPath(file).catch((e: Error) => fail('INTERNAL', { detail: e.message })));
  if (win?.isMinimized()) win.restore();
  win?.focus();
}

function sendCommand(command: MenuCommand): void {
  win?.webContents.send(PUSH_CHANNELS.menuCommand, command);
}

// macOS delivers double-clicked files through open-file, possibly before 'ready'.
app.on('open-file', (event, file) => {
  event.preventDefault();
  void openFromOs(file);
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = findProjectArg(argv, { cwd: workingDirectory, platform: process.platform });
    if (file) void openFromOs(file);
    else if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, devServer ? `${devServer}` : START_URL));
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  lockDownSession(session.defaultSession);
  installAppProtocol(protocol, path.join(appRoot, 'dist'));
  const lang = () => services?.language() ?? 'id';
  services = await createServices({
    dataDir: app.getPath('userData'),
    appVersion: app.getVersion(),
    platform: process.platform,
    dialogs: electronDialogs(dialog, () => win, lang, () => app.getPath('documents')),
    shell: { showItemInFolder: (file) => shell.showItemInFolder(file) },
    samplePath: path.join(resources, 'samples', 'sipantau.rancang'),
    // Chart fonts ship in the renderer's public/fonts, which Vite copies to dist/fonts. The export
    // runs on a worker thread (built beside main.js), so the window never waits for it.
    exportReport: createWorkerReportExporter({ fontsDir: path.join(appRoot, 'dist', 'fonts'), workerFile: path.join(here, 'exportWorker.js') }),
    lifecycle: {
      setUnsaved: (value) => { unsaved = value; },
      confirmClose: () => { closeConfirmed = true; win?.close(); },
      rendererReady: () => {
        rendererReady = true;
        for (const r of pending.splice(0)) win?.webContents.send(PUSH_CHANNELS.openDocument, r);
      },
    },
  });
  const origins = devServer ? [APP_ORIGIN, new URL(devServer).origin] : [APP_ORIGIN];
  const install = installKind({ platform: process.platform, packaged: app.isPackaged, env: process.env, execPath: process.execPath, exists: existsSync });
  reportFileAssociation(services, fileAssociationStatus(install));
  registerIpc(ipcMain, services, origins);
  const setMenu = () => Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(lang(), sendCommand, process.platform)));
  setMenu();
  const setLanguage = services.setLanguage;
  services.setLanguage = async (l) => {
    const r = await setLanguage(l);
    setMenu();
    return r;
  };

  win = createMainWindow(BrowserWindow, {
    preload: path.join(here, 'preload.cjs'),
    title: 'Rancang Perubahan',
    startUrl: devServer ?? START_URL,
  });
  win.on('close', (event) => {
    if (!unsaved || closeConfirmed) return;
    event.preventDefault();
    void askBeforeClose();
  });
  // Windows sends no before-quit on log-off (electron/electron#9613): save what can be saved.
  win.on('query-session-end', () => sendCommand('save'));
  win.on('closed', () => { win = null; rendererReady = false; });
  await win.loadURL(devServer ?? START_URL);

  const fromArgv = findProjectArg(process.argv, { cwd: process.cwd(), platform: process.platform });
  if (fromArgv) pendingPaths.push(fromArgv);
  for (const file of pendingPaths.splice(0)) await openFromOs(file);
}

async function askBeforeClose(): Promise<void> {
  if (!win) return;
  const id = services?.language() !== 'en';
  const { response } = await dialog.showMessageBox(win, {
    type: 'warning',
    buttons: id ? ['Simpan', 'Jangan simpan', 'Batal'] : ['Save', "Don't save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    title: 'Rancang Perubahan',
    message: id ? 'Ada perubahan yang belum disimpan.' : 'There are unsaved changes.',
    detail: id ? 'Simpan sebelum menutup? Jika tidak, perubahan sejak penyimpanan terakhir hilang.' : 'Save before closing? Otherwise changes since the last save are lost.',
  });
  if (response === 0) sendCommand('closeRequested');
  else if (response === 1) {
    closeConfirmed = true;
    win.close();
  }
}
