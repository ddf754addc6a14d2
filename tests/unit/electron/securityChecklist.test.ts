/**
 * Electron security checklist items 9, 10 and 16 (ENGINEERING.md §4), which had no test:
 * experimental features stay off, no Blink feature is enabled (neither by webPreferences nor by a
 * command-line switch anywhere in main), and the app is built on a current, pinned Electron major.
 * The glue is tested as it is given Electron objects (windowOptions, createMainWindow with a
 * stand-in constructor); the sources are read to catch a switch added elsewhere.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { createMainWindow, windowOptions } from '../../../electron/window';
import { ROOT } from '../helpers';

/** The oldest Electron major this app may ship on: Electron supports the latest three majors. */
const OLDEST_SUPPORTED_MAJOR = 45;

function electronSources(dir = path.join(ROOT, 'electron')): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return electronSources(p);
    return /\.(ts|cts|mts)$/.test(e.name) ? [{ file: path.relative(ROOT, p), text: readFileSync(p, 'utf8') }] : [];
  });
}

class StandInWindow {
  static last: BrowserWindowConstructorOptions | null = null;
  webContents = { on: () => undefined, setWindowOpenHandler: () => undefined };
  constructor(options: BrowserWindowConstructorOptions) {
    StandInWindow.last = options;
  }
  once() {}
  show() {}
}

describe('checklist 9: experimental features stay off', () => {
  it('the window the app creates sets experimentalFeatures false explicitly', () => {
    createMainWindow(StandInWindow as never, { preload: '/p.cjs', title: 'T', startUrl: 'app://bundle/index.html' });
    expect(StandInWindow.last?.webPreferences?.experimentalFeatures).toBe(false);
    expect(windowOptions('/p.cjs', 'T').webPreferences?.experimentalFeatures).toBe(false);
  });
  it('no main-process code turns them on by a switch or a preference', () => {
    for (const { file, text } of electronSources()) {
      expect(text, file).not.toMatch(/experimentalFeatures\s*:\s*true|enable-experimental-web-platform-features|experimental-web-platform/);
    }
  });
});

describe('checklist 10: no enableBlinkFeatures', () => {
  it('the window preferences carry no Blink feature list', () => {
    const prefs = windowOptions('/p.cjs', 'T').webPreferences ?? {};
    expect('enableBlinkFeatures' in prefs).toBe(false);
  });
  it('no main-process code enables Blink features by a switch', () => {
    for (const { file, text } of electronSources()) {
      expect(text, file).not.toMatch(/enableBlinkFeatures|enable-blink-features|appendSwitch\(\s*['"]enable-features/);
    }
  });
});

describe('checklist 16: a current Electron version', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>;
    dependencies?: Record<string, string>;
  };
  const declared = pkg.devDependencies['electron'] ?? pkg.dependencies?.['electron'] ?? '';

  it('is declared within one supported major (a caret or tilde range, never "*" or "latest")', () => {
    const m = /^[\^~]?(\d+)\.\d+\.\d+$/.exec(declared);
    expect(m, `electron "${declared}"`).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThanOrEqual(OLDEST_SUPPORTED_MAJOR);
  });

  it('the installed package is that major (the lock file and the declaration agree)', () => {
    const installed = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string };
    expect(installed.version.split('.')[0]).toBe(/(\d+)/.exec(declared)![1]);
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
    expect(lock.packages['node_modules/electron']?.version).toBe(installed.version);
  });
});
