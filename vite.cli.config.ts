/**
 * The headless report command as one bundled ES module run by plain Node (`npm run report` →
 * `node dist-cli/report.mjs`): no TypeScript loader at run time, and everything but the native
 * resvg module in one file, so start-up reads one script instead of resolving hundreds of modules.
 */
import path from 'node:path';
import { defineConfig } from 'vite';

const r = (p: string) => path.resolve(import.meta.dirname, p);

export default defineConfig({
  // No index.html here: point the root at the scripts so Vite does not pick up the renderer's.
  root: r('scripts'),
  publicDir: false,
  logLevel: 'warn',
  build: {
    ssr: r('scripts/report.ts'),
    outDir: process.env['RANCANG_CLI_DIST'] ? path.resolve(process.env['RANCANG_CLI_DIST']) : r('dist-cli'),
    emptyOutDir: true,
    sourcemap: false,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      // resvg is native; Playwright (only for --format pdf, from node_modules) is loaded on demand.
      external: ['@resvg/resvg-js', 'playwright'],
      output: { format: 'esm', entryFileNames: 'report.mjs', chunkFileNames: '[name]-[hash].mjs' },
    },
  },
  // Bundle the npm packages too (docx, zod …): one file to read at start-up.
  ssr: { noExternal: true, target: 'node' },
});
