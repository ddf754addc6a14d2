/**
 * The main window and its session, locked down per the Electron security checklist: isolated,
 * sandboxed, no Node in the page, no navigation away, no new windows, no permissions.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  spellcheck: false,
} as const;

export function windowOptions(preload: string, title: string): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#f6f7f9',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload },
  };
}

/** Keeps the page where it is: it may load its own start URL and nothing else. */
export function lockDownContents(contents: Pick<WebContents, 'on' | 'setWindowOpenHandler'>, startUrl: string): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-navigate', (event, url) => {
    if (url !== startUrl) event.preventDefault();
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** The app asks for no permission (camera, notifications, geolocation …), so every request is refused. */
export function lockDownSession(session: Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

export function createMainWindow(
  Ctor: new (options: BrowserWindowConstructorOptions) => BrowserWindow,
  opts: { preload: string; title: string; startUrl: string },
): BrowserWindow {
  const win = new Ctor(windowOptions(opts.preload, opts.title));
  lockDownContents(win.webContents, opts.startUrl);
  win.once('ready-to-show', () => win.show());
  return win;
}
