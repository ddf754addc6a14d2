import { describe, expect, it } from 'vitest';
import { createMainWindow, lockDownContents, lockDownSession, SECURE_WEB_PREFERENCES, windowOptions } from '../../../electron/window';

type Listener = (event: { preventDefault(): void; defaultPrevented?: boolean }, ...args: unknown[]) => void;

class FakeContents {
  listeners = new Map<string, Listener[]>();
  openHandler: ((d: { url: string }) => { action: string }) | null = null;
  on(name: string, fn: Listener) {
    this.listeners.set(name, [...(this.listeners.get(name) ?? []), fn]);
    return this;
  }
  setWindowOpenHandler(fn: (d: { url: string }) => { action: string }) {
    this.openHandler = fn;
  }
  emit(name: string, ...args: unknown[]) {
    const event = {
      prevented: false,
      preventDefault() {
        this.prevented = true;
      },
    };
    for (const fn of this.listeners.get(name) ?? []) fn(event, ...args);
    return event.prevented;
  }
}

describe('window security settings', () => {
  it('isolates and sandboxes the page, with no Node', () => {
    const opts = windowOptions('/app/preload.cjs', 'Rancang Perubahan');
    expect(opts.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      preload: '/app/preload.cjs',
    });
    expect(SECURE_WEB_PREFERENCES.sandbox).toBe(true);
    expect(opts.show).toBe(false);
  });

  it('denies new windows, navigation away, redirects and webviews', () => {
    const c = new FakeContents();
    lockDownContents(c as never, 'app://rancang/index.html');
    expect(c.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    expect(c.emit('will-navigate', 'https://example.com')).toBe(true);
    expect(c.emit('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(c.emit('will-navigate', 'app://rancang/index.html')).toBe(false);
    expect(c.emit('will-redirect', 'https://example.com')).toBe(true);
    expect(c.emit('will-attach-webview')).toBe(true);
  });

  it('refuses every permission request and check', () => {
    let request: ((wc: unknown, perm: string, cb: (ok: boolean) => void) => void) | null = null;
    let check: ((...a: unknown[]) => boolean) | null = null;
    lockDownSession({
      setPermissionRequestHandler: (fn: never) => {
        request = fn;
      },
      setPermissionCheckHandler: (fn: never) => {
        check = fn;
      },
    });
    for (const perm of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      let answer: boolean | null = null;
      request!(null, perm, (ok) => {
        answer = ok;
      });
      expect(answer, perm).toBe(false);
    }
    expect(check!(null, 'media')).toBe(false);
  });

  it('creates the window with those options and shows it when ready', () => {
    const made: { options?: unknown; onceReady?: () => void; shown: boolean; contents: FakeContents } = { shown: false, contents: new FakeContents() };
    class FakeWindow {
      webContents = made.contents;
      constructor(options: unknown) {
        made.options = options;
      }
      once(name: string, fn: () => void) {
        if (name === 'ready-to-show') made.onceReady = fn;
      }
      show() {
        made.shown = true;
      }
    }
    createMainWindow(FakeWindow as never, { preload: '/p.cjs', title: 'T', startUrl: 'app://rancang/index.html' });
    expect(made.options).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true } });
    expect(made.shown).toBe(false);
    made.onceReady?.();
    expect(made.shown).toBe(true);
    expect(made.contents.openHandler).not.toBeNull();
  });
});
