/**
 * The IPC table and the services match one to one: every method the renderer may invoke has a
 * service and an argument schema, every service (apart from main's own two) is reachable, and
 * registerIpc binds each channel once to the service as built.
 */
import { describe, expect, it } from 'vitest';
import { registerIpc } from '../../../electron/ipc';
import { channelOf, INVOKE_METHODS } from '../../../shared/ipc';
import { IPC_ARGS } from '../../../shared/ipcArgs';
import { servicesIn, tempDir } from '../helpers';

/** Called by main itself, never by the renderer: an OS-handed path, the menu's language and main's own errors for the log. */
const MAIN_ONLY = ['openPath', 'language', 'logMainError'];

describe('the IPC table and the services', () => {
  it('name the same methods, one to one', async () => {
    const { services } = await servicesIn(await tempDir());
    const methods = Object.entries(services)
      .filter(([, v]) => typeof v === 'function')
      .map(([k]) => k);
    expect(new Set(INVOKE_METHODS).size).toBe(INVOKE_METHODS.length);
    expect(methods.filter((m) => !MAIN_ONLY.includes(m)).sort()).toEqual([...INVOKE_METHODS].sort());
    expect(Object.keys(services).sort()).toEqual(methods.sort());
    expect(Object.keys(IPC_ARGS).sort()).toEqual([...INVOKE_METHODS].sort());
  });

  it('registers each channel once, bound to the service as it was built', async () => {
    const { services } = await servicesIn(await tempDir());
    const handled = new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>();
    registerIpc({ handle: (channel: string, fn: never) => void handled.set(channel, fn) }, services, ['app://rancang']);
    expect([...handled.keys()].sort()).toEqual(INVOKE_METHODS.map(channelOf).sort());
    const frame = { senderFrame: { url: 'app://rancang/index.html', parent: null } };
    const info = (await handled.get(channelOf('appInfo'))!(frame)) as { ok: boolean; value: { version: string } };
    expect(info.ok && info.value.version).toBe('9.9.9-test');
  });
});
