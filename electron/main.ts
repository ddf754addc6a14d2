/**
 * Application lifecycle: one instance, one window, files from the OS, the close prompt. Everything
 * with logic lives in electron/core (tested without Electron); this file only wires it up.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { fail } from '../shared/errors';
import { SHARED_TEXT } from '../shared/i18n';
import { PUSH_CHANNELS, type MenuCommand, type OpenedDocument } from '../shared/ipc';
import type { Result } from '../shared/result';
import { findProjectArg } from './core/argv';
import { fileAssociationStatus, installKind } from './core/fileAssociation';
import { createWorkerReportExporter } from './core/report/workerExporter';
import { createPdfExporter } from './core/report/pdf';
import pagedPolyfill from '../node_modules/pagedjs/dist/paged.polyfill.js?raw';
import { electronPdfPrinter } from './pdfPrinter';
import { createSlidesExporter } from './core/slides/slidesExporter';
import { createPosterExporter } from './core/poster/posterExporter';
import { createServices, type Services } from './core/services';
import { electronDialogs } from './dialogs';
import { isTrustedSender, registerIpc } from './ipc';
import { acceptDroppedPath } from './core/droppedPath';
import { DROPPED_FILE_CHANNEL } from '../shared/droppedFile';
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

// Main's own failures go to the log in the data folder (message and stack only), then as before.
process.on('uncaughtException', (e) => {
  void services?.logMainError(e);
  dialog.showErrorBox('Rancang Perubahan', e.message);
});
process.on('unhandledRejection', (e) => void services?.logMainError(e));

async function start(): Promise<void> {
  lockDownSession(session.defaultSession);
  installAppProtocol(protocol, path.join(appRoot, 'dist'));
  const lang = () => services?.language() ?? 'id';
  const install = installKind({ platform: process.platform, packaged: app.isPackaged, env: process.env, execPath: process.execPath, exists: existsSync });
  const setMenu = () => Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(lang(), sendCommand, process.platform)));
  // Built whole: every dependency is given here and nothing is patched on afterwards.
  services = await createServices({
    dataDir: app.getPath('userData'),
    appVersion: app.getVersion(),
    platform: process.platform,
    dialogs: electronDialogs(
      dialog,
      () => win,
      lang,
      () => app.getPath('documents'),
    ),
    shell: { showItemInFolder: (file) => shell.showItemInFolder(file), openPath: (file) => shell.openPath(file) },
    samplePath: path.join(resources, 'samples', 'sipantau.rancang'),
    // Chart fonts ship in the renderer's public/fonts, which Vite copies to dist/fonts. The DOCX export
    // runs on a worker thread (built beside main.js), so the window never waits for it.
    exportReport: createWorkerReportExporter({ fontsDir: path.join(appRoot, 'dist', 'fonts'), workerFile: path.join(here, 'exportWorker.js') }),
    exportPdf: createPdfExporter(electronPdfPrinter(BrowserWindow, pagedPolyfill)),
    printPdf: electronPdfPrinter(BrowserWindow, pagedPolyfill),
    exportSlides: createSlidesExporter({ fontsDir: path.join(appRoot, 'dist', 'fonts') }),
    exportPoster: createPosterExporter({ fontsDir: path.join(appRoot, 'dist', 'fonts') }),
    fileAssociation: fileAssociationStatus(install),
    onLanguageChanged: setMenu,
    lifecycle: {
      setUnsaved: (value) => {
        unsaved = value;
      },
      confirmClose: () => {
        closeConfirmed = true;
        win?.close();
      },
      rendererReady: () => {
        rendererReady = true;
        for (const r of pending.splice(0)) win?.webContents.send(PUSH_CHANNELS.openDocument, r);
      },
    },
  });
  const origins = devServer ? [APP_ORIGIN, new URL(devServer).origin] : [APP_ORIGIN];
  registerIpc(ipcMain, services, origins);
  // A file dropped on the window (sent by the preload for real drops only), checked again here.
  ipcMain.on(DROPPED_FILE_CHANNEL, (event, value: unknown) => {
    if (!isTrustedSender(event, origins)) return;
    const file = acceptDroppedPath(value, process.platform);
    if (file) void openFromOs(file);
  });
  setMenu();

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
  win.on('closed', () => {
    win = null;
    rendererReady = false;
  });
  await win.loadURL(devServer ?? START_URL);

  const fromArgv = findProjectArg(process.argv, { cwd: process.cwd(), platform: process.platform });
  if (fromArgv) pendingPaths.push(fromArgv);
  for (const file of pendingPaths.splice(0)) await openFromOs(file);
}

async function askBeforeClose(): Promise<void> {
  if (!win) return;
  const words = SHARED_TEXT[services?.language() ?? 'id'].closeDialog;
  const { response } = await dialog.showMessageBox(win, {
    type: 'warning',
    buttons: [words.save, words.discard, words.cancel],
    defaultId: 0,
    cancelId: 2,
    title: 'Rancang Perubahan',
    message: words.message,
    detail: words.detail,
  });
  if (response === 0) sendCommand('closeRequested');
  else if (response === 1) {
    closeConfirmed = true;
    win.close();
  }
}
