/** The `app` fixture: a fresh data folder, real services, the built renderer in Chromium. */
import { test as base, expect } from '@playwright/test';
import { startBridge, type Bridge } from './bridge';

export const test = base.extend<{ app: Bridge }>({
  app: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const bridge = await startBridge(page);
    await use(bridge);
    await bridge.dispose();
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});

export { expect };
