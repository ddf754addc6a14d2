import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { getApi } from './api';
import { App } from './app/App';
import { installChartPalette } from './boards/palette';
import { initI18n } from './i18n';
import './styles.css';

async function boot() {
  const info = await getApi().appInfo();
  await initI18n(info.ok ? info.value.language : 'id');
  installChartPalette(document.documentElement);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void boot();
