import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isTrustedSender, makeHandler, registerIpc } from '../../../electron/ipc';
import { APP_ORIGIN } from '../../../electron/protocol';
import { channelOf, INVOKE_METHODS } from '../../../shared/ipc';
import { createProject } from '../../../shared/model/envelope';
import { servicesIn, tempDir } from '../helpers';

const frame = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });
const own = frame(`${APP_ORIGIN}/index.html`);

describe('IPC sender checks', () => {
  it('trusts only the top frame of our own origin', () => {
    expect(isTrustedSender(own as never, [APP_ORIGIN])).toBe(true);
    expect(isTrustedSender(frame('https://evil.example/x') as never, [APP_ORIGIN])).toBe(false);
    expect(isTrustedSender(frame('file:///etc/passwd') as never, [APP_ORIGIN])).toBe(false);
    expect(isTrustedSender(frame(`${APP_ORIGIN}/index.html`, { url: APP_ORIGIN }) as never, [APP_ORIGIN])).toBe(false);
    expect(isTrustedSender({ senderFrame: null }, [APP_ORIGIN])).toBe(false);
    expect(isTrustedSender(frame('not a url') as never, [APP_ORIGIN])).toBe(false);
    expect(isTrustedSender(frame('app://rancang.evil/index.html') as never, [APP_ORIGIN])).toBe(false);
  });
});

describe('IPC handlers', () => {
  async function setup() {
    const dir = await tempDir();
    const { services, dialogs } = await servicesIn(dir);
    return { dir, services, dialogs };
  }

  it('registers one handler per contract method, each on its prefixed channel', async () => {
    const { services } = await setup();
    const channels: string[] = [];
    registerIpc(
      {
        handle: (ch: string) => {
          channels.push(ch);
        },
      },
      services,
      [APP_ORIGIN],
    );
    expect(channels).toEqual(INVOKE_METHODS.map(channelOf));
    expect(channels.every((c) => c.startsWith('rancang:'))).toBe(true);
  });

  it('refuses an untrusted sender before anything runs', async () => {
    const { services } = await setup();
    let called = false;
    const spied = {
      ...services,
      setLanguage: async () => {
        called = true;
        return { ok: true as const, value: null };
      },
    };
    const r = await makeHandler('setLanguage', spied, [APP_ORIGIN])(frame('https://evil.example') as never, 'en');
    expect(r).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(called).toBe(false);
  });

  it.each([
    ['setLanguage', ['fr']],
    ['setLanguage', []],
    ['openRecent', ['../../etc/passwd']],
    ['saveProject', ['doc-1', { title: 123 }, false]],
    ['saveProject', ['doc-1', createProject(), 'yes']],
    ['saveProjectAs', ['/tmp/evil.rancang']],
    ['setUnsavedChanges', ['true']],
    ['appInfo', ['extra']],
  ] as const)('refuses bad arguments for %s %j', async (method, args) => {
    const { services } = await setup();
    const r = await makeHandler(method, services, [APP_ORIGIN])(own as never, ...args);
    expect(r).toMatchObject({ ok: false, code: 'BAD_ARGS' });
    expect((r as { message: string }).message).toMatch(/Permintaan tidak sah/);
  });

  it('passes the cleaned arguments on: unknown keys in a project never reach the service', async () => {
    const { dir, services, dialogs } = await setup();
    const file = path.join(dir, 'p.rancang');
    dialogs.answer(file);
    const hostile = { ...createProject({ title: 'Bersih' }), injected: '<script>', __proto__: { polluted: true } };
    const r = await makeHandler('saveProjectAs', services, [APP_ORIGIN])(own as never, hostile, 'p');
    expect(r).toMatchObject({ ok: true });
    const doc = (r as { value: { project: Record<string, unknown> } }).value;
    expect(doc.project['injected']).toBeUndefined();
    expect(doc.project['title']).toBe('Bersih');
  });

  it('turns an exception in a service into an Indonesian failure, not a crash', async () => {
    const { services } = await setup();
    const broken = {
      ...services,
      listRecent: async () => {
        throw new Error('disk meledak');
      },
    };
    const r = await makeHandler('listRecent', broken, [APP_ORIGIN])(own as never);
    expect(r).toMatchObject({ ok: false, code: 'INTERNAL' });
    expect((r as { message: string }).message).toContain('disk meledak');
  });
});
