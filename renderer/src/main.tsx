import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from './api';
import { App } from './app/App';
import { preloadParts } from './app/parts';
import { installChartPalette } from './boards/palette';
import { initI18n } from './i18n';
import { WorkspaceStore } from './state/workspaceStore';
import './styles.css';

async function boot() {
  const store = new WorkspaceStore(getApi());
  // Errors outside React's rendering (event handlers, promises) are logged too.
  window.addEventListener('error', (e) => store.logError(e.error ?? e.message));
  window.addEventListener('unhandledrejection', (e) => store.logError(e.reason));
  const info = await store.appInfo();
  await initI18n(info.ok ? info.value.language : 'id');
  installChartPalette(document.documentElement);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App store={store} />
    </StrictMode>,
  );
  preloadParts();
}

void boot();
