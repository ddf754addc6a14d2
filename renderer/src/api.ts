/**
 * The renderer's only door to the world: window.api, installed by the preload in Electron and by
 * the test bridge in Chromium. Nothing else in the renderer talks to main.
 */
import type { AppApi } from '../../shared/ipc';

declare global {
  interface Window {
    api?: AppApi;
  }
}

export function getApi(): AppApi {
  if (!window.api) throw new Error('window.api tidak tersedia: jalankan aplikasi lewat Electron atau jembatan pengujian.');
  return window.api;
}
