/**
 * The one place main listens to the renderer. Every channel is checked three ways before a
 * service runs: the channel is one of ours, the sender is our own page's main frame, and the
 * arguments match the contract's schema (the parsed, cleaned arguments are what the service gets).
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { fail } from '../shared/errors';
import { channelOf, INVOKE_METHODS, type InvokeMethod } from '../shared/ipc';
import { IPC_ARGS } from '../shared/ipcArgs';
import type { Services } from './core/services';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** Only our page, loaded from our own origin, in its top frame (not an iframe) may call main. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'senderFrame'>, trustedOrigins: readonly string[]): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  try {
    // Not URL.origin: Node's URL gives "null" as the origin of non-web schemes like app://,
    // which would make every request from our own page look foreign.
    const u = new URL(frame.url);
    return trustedOrigins.includes(`${u.protocol}//${u.host}`);
  } catch {
    return false;
  }
}

export function makeHandler(method: InvokeMethod, services: Services, trustedOrigins: readonly string[]): Handler {
  // Looked up once: the services are built whole (electron/core/services.ts), never patched later.
  const fn = services[method] as (...a: unknown[]) => Promise<unknown>;
  return async (event, ...args) => {
    if (!isTrustedSender(event, trustedOrigins)) return fail('FORBIDDEN');
    const parsed = IPC_ARGS[method].safeParse(args);
    if (!parsed.success) return fail('BAD_ARGS', { detail: method });
    try {
      return await fn(...(parsed.data as unknown[]));
    } catch (e) {
      return fail('INTERNAL', { detail: (e as Error).message });
    }
  };
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, services: Services, trustedOrigins: readonly string[]): void {
  for (const method of INVOKE_METHODS) ipcMain.handle(channelOf(method), makeHandler(method, services, trustedOrigins));
}
