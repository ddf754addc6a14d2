/**
 * Exposes window.api and nothing else: one function per contract method, each a fixed channel.
 * No ipcRenderer, no event objects and no Node reach the page. Bundled into one CommonJS file
 * because sandboxed preloads cannot load ES modules or other files.
 */
import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron';
import { DROPPED_FILE_CHANNEL, droppedProjectPath } from '../shared/droppedFile';
import { channelOf, INVOKE_METHODS, PUSH_CHANNELS, type AppApi, type CohortProgress, type MenuCommand, type OpenedDocument } from '../shared/ipc';
import type { Result } from '../shared/result';

const invokers = Object.fromEntries(INVOKE_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(channelOf(method), ...args)]));

function subscribe<T>(channel: string, listener: (value: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, value: T) => listener(value);
  ipcRenderer.on(channel, wrapped);
  return () => ipcRenderer.removeListener(channel, wrapped);
}

const api = {
  ...invokers,
  onOpenDocument: (listener: (r: Result<OpenedDocument>) => void) => subscribe(PUSH_CHANNELS.openDocument, listener),
  onMenuCommand: (listener: (c: MenuCommand) => void) => subscribe(PUSH_CHANNELS.menuCommand, listener),
  onCohortProgress: (listener: (p: CohortProgress) => void) => subscribe(PUSH_CHANNELS.cohortProgress, listener),
} as AppApi;

contextBridge.exposeInMainWorld('api', api);

// A .rancang file dropped on the window opens like a double-clicked one. Only here, in the preload,
// is a dropped file's path known; the page never sees it and cannot send one.
window.addEventListener('dragover', (e) => e.preventDefault());
window.addEventListener('drop', (e) => {
  e.preventDefault();
  const file = droppedProjectPath(e, (f: File) => webUtils.getPathForFile(f));
  if (file) ipcRenderer.send(DROPPED_FILE_CHANNEL, file);
});
