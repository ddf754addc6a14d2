/**
 * One config builds all three parts: the renderer (renderer/ → dist/), the main process
 * (electron/main.ts → dist-electron/main.js, ESM) and the preload (one CommonJS file, as sandboxed
 * preloads require). Vitest's settings live here too.
 *
 * `--mode web` (and Vitest) builds the renderer alone, for tests and screenshots in Chromium.
 */
import os from 'node:os';
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import electron from 'vite-plugin-electron/simple';
import { CONTENT_SECURITY_POLICY } from './electron/protocol.ts';

const r = (p: string) => path.resolve(import.meta.dirname, p);

// Loaded only under Vitest: a plain `vite build` has no use for the test runner.
const SlowFirstSequencer = process.env['VITEST'] ? (await import('./tests/unit/sequencer.ts')).default : undefined;

/** The strict CSP as a meta tag in built pages (dev keeps Vite's inline React Refresh preamble working). */
function cspMeta(): Plugin {
  return {
    name: 'rancang-csp-meta',
    apply: 'build',
    // frame-ancestors only works as a header (the app:// handler sends it); in a meta tag it is ignored with a warning.
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY.replace(/; frame-ancestors 'none'/, '')}" />`,
      ),
  };
}

export default defineConfig(({ mode }) => ({
  root: r('renderer'),
  base: './',
  build: {
    outDir: process.env['RANCANG_DIST'] ? r(process.env['RANCANG_DIST']) : r('dist'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
  plugins: [
    react(),
    cspMeta(),
    ...(process.env['VITEST'] || mode === 'web'
      ? []
      : [
          electron({
            main: {
              // The report export runs on a worker thread (electron/core/report/workerExporter.ts): its own file.
              entry: { main: r('electron/main.ts'), exportWorker: r('electron/core/report/exportWorker.ts') },
              // resvg is a native module: loaded from node_modules at run time, never bundled. (Vite 8
              // reads rolldownOptions; vite-plugin-electron's defaults already use that key.)
              vite: { build: { outDir: r('dist-electron'), sourcemap: false, rolldownOptions: { external: ['@resvg/resvg-js'] } } },
            },
            preload: {
              input: r('electron/preload.ts'),
              vite: {
                build: {
                  outDir: r('dist-electron'),
                  sourcemap: false,
                  rollupOptions: { output: { format: 'cjs', entryFileNames: '[name].cjs' } },
                },
              },
            },
          }),
        ]),
  ],
  test: {
    root: import.meta.dirname,
    include: ['tests/unit/**/*.test.ts'],
    // Names the run, so report tests export and convert each document once and share it.
    globalSetup: ['tests/unit/report/exportRun.setup.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // A worker keeps the modules it loaded from one test file to the next (node_modules and our
    // sources alike): with a fresh module graph per file, loading docx, exceljs and zod again was
    // most of the CPU of the short files. What a file must do after its tests is in setupFiles,
    // which Vitest runs anew for every file.
    isolate: false,
    setupFiles: ['tests/unit/setup.ts'],
    // Vitest's default is one worker fewer than the cores: on the two-core machines this runs on,
    // that is ONE worker, and most files wait on a child (LibreOffice, a CLI, the killed saver)
    // with the second core idle. One worker per core, at least two.
    maxWorkers: Math.max(2, os.availableParallelism()),
    ...(SlowFirstSequencer ? { sequence: { sequencer: SlowFirstSequencer } } : {}),
  },
}));
