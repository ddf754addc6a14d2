/**
 * Runs the built renderer in Debian Chromium with window.api bridged to the REAL services
 * (electron/core), through the same handler main registers behind ipcMain — sender check and
 * argument validation included. Only the IPC hop and the native dialogs are replaced: dialogs
 * answer from a queue the test fills.
 */
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page, Route } from '@playwright/test';
import type { InvokeMethod, MenuCommand, OpenedDocument } from '../../../shared/ipc';
import { INVOKE_METHODS, PUSH_CHANNELS } from '../../../shared/ipc';
import type { Result } from '../../../shared/result';
import type { Dialogs } from '../../../electron/core/ports';
import { createServices, type ServiceDeps, type Services } from '../../../electron/core/services';
import { makeHandler } from '../../../electron/ipc';
import { APP_ORIGIN } from '../../../electron/protocol';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const DIST = path.resolve(ROOT, process.env['RANCANG_DIST'] ?? 'dist');
export const SAMPLE = path.join(ROOT, 'resources/samples/sipantau.rancang');
const ORIGIN = 'http://rancang.test';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/** Answers native dialogs in order; an empty queue answers "cancelled". Records what was asked. */
export class ScriptedDialogs implements Dialogs {
  readonly asked: { kind: string; suggested?: string }[] = [];
  private queue: (string | null)[] = [];
  answer(...paths: (string | null)[]) {
    this.queue.push(...paths);
  }
  private next(kind: string, suggested?: string): Promise<string | null> {
    this.asked.push({ kind, ...(suggested ? { suggested } : {}) });
    return Promise.resolve(this.queue.length ? this.queue.shift()! : null);
  }
  chooseProjectToOpen() {
    return this.next('open');
  }
  chooseProjectSavePath(s: string) {
    return this.next('save', s);
  }
  chooseExportPath(s: string) {
    return this.next('export', s);
  }
  choosePicturePath() {
    return this.next('picture');
  }
  chooseCohortFolder() {
    return this.next('cohortFolder');
  }
  chooseCohortExportPath(s: string) {
    return this.next('cohortExport', s);
  }
  chooseCohortReportsFolder() {
    return this.next('cohortReports');
  }
  chooseReviewToOpen() {
    return this.next('review');
  }
  chooseWordToImport() {
    return this.next('wordComments');
  }
  chooseAssessmentTemplate() {
    return this.next('assessmentTemplate');
  }
}

export interface Bridge {
  page: Page;
  services: Services;
  dialogs: ScriptedDialogs;
  /** Where the test keeps its own files. */
  workDir: string;
  dataDir: string;
  shown: string[];
  /** Files the app asked the system to open ("Buka dokumen"). */
  opened: string[];
  push(result: Result<OpenedDocument>): Promise<void>;
  menu(command: MenuCommand): Promise<void>;
  dispose(): Promise<void>;
}

export async function startBridge(page: Page, extra: Partial<ServiceDeps> = {}): Promise<Bridge> {
  const base = await fsp.mkdtemp(path.join(os.tmpdir(), 'rancang-e2e-'));
  const dataDir = path.join(base, 'data');
  const workDir = path.join(base, 'work');
  await fsp.mkdir(workDir, { recursive: true });
  const dialogs = new ScriptedDialogs();
  const shown: string[] = [];
  const opened: string[] = [];
  const services = await createServices({
    dataDir,
    appVersion: '0.0.0-test',
    platform: process.platform,
    dialogs,
    shell: {
      showItemInFolder: (f) => shown.push(f),
      openPath: async (f) => {
        opened.push(f);
        return '';
      },
    },
    samplePath: SAMPLE,
    // Pushed to the page as main sends it to the window (a page still loading has no listener yet).
    onCohortProgress: (p) =>
      void page
        .evaluate(({ c, v }) => (window as unknown as { __rancangPush?(c: string, v: unknown): void }).__rancangPush?.(c, v), {
          c: PUSH_CHANNELS.cohortProgress,
          v: p,
        })
        .catch(() => undefined),
    ...extra,
  });
  const handlers = new Map(INVOKE_METHODS.map((m) => [m, makeHandler(m, services, [APP_ORIGIN])]));
  // What main sees from our own window: the top frame of app://rancang.
  const ownFrame = { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null } };

  await page.route(`${ORIGIN}/**`, (route) => serveDist(route));
  await page.exposeFunction('__rancangInvoke', async (method: InvokeMethod, args: unknown[]) => {
    const handler = handlers.get(method);
    if (!handler) throw new Error(`unknown method ${method}`);
    return handler(ownFrame as never, ...args);
  });
  await page.addInitScript({ content: bridgeScript([...INVOKE_METHODS], PUSH_CHANNELS) });
  await page.goto(`${ORIGIN}/index.html`);

  return {
    page,
    services,
    dialogs,
    workDir,
    dataDir,
    shown,
    opened,
    push: (result) =>
      page.evaluate(({ c, v }) => (window as unknown as { __rancangPush(c: string, v: unknown): void }).__rancangPush(c, v), {
        c: PUSH_CHANNELS.openDocument,
        v: result,
      }),
    menu: (command) =>
      page.evaluate(({ c, v }) => (window as unknown as { __rancangPush(c: string, v: unknown): void }).__rancangPush(c, v), {
        c: PUSH_CHANNELS.menuCommand,
        v: command,
      }),
    // The page first: an autosave or a draft of the last keystrokes may still be on its way to the
    // data folder, and removing a folder while it is written fails with ENOTEMPTY.
    dispose: async () => {
      await page.close();
      await fsp.rm(base, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}

/**
 * What the preload does in Electron, for the page: one frozen window.api of functions, each
 * forwarding to main (here: the exposed Node function). Plain source text, because bundlers that
 * rewrite functions (tsx keeps names with a helper the page does not have) would break a
 * serialised function.
 */
function bridgeScript(methods: string[], channels: typeof PUSH_CHANNELS): string {
  return `(() => {
  const methods = ${JSON.stringify(methods)};
  const channels = ${JSON.stringify(channels)};
  const listeners = { [channels.openDocument]: new Set(), [channels.menuCommand]: new Set(), [channels.cohortProgress]: new Set() };
  const invoke = window.__rancangInvoke;
  const api = {};
  for (const m of methods) api[m] = (...args) => invoke(m, args);
  const on = (channel) => (fn) => { listeners[channel].add(fn); return () => listeners[channel].delete(fn); };
  api.onOpenDocument = on(channels.openDocument);
  api.onMenuCommand = on(channels.menuCommand);
  api.onCohortProgress = on(channels.cohortProgress);
  Object.defineProperty(window, 'api', { value: Object.freeze(api), writable: false });
  window.__rancangPush = (channel, value) => listeners[channel].forEach((fn) => fn(value));
})();`;
}

async function serveDist(route: Route): Promise<void> {
  const url = new URL(route.request().url());
  const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
  const file = path.resolve(DIST, `.${rel}`);
  if (!file.startsWith(DIST + path.sep)) return route.fulfill({ status: 404 });
  try {
    const body = await fsp.readFile(file);
    await route.fulfill({ status: 200, body, contentType: TYPES[path.extname(file)] ?? 'application/octet-stream' });
  } catch {
    await route.fulfill({ status: 404 });
  }
}
