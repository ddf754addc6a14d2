/**
 * The headless report command bundled for plain Node (`npm run report` → `node dist-cli/report.mjs`): no
 * TypeScript loader at run time, and everything but the native resvg module in a few files, so start-up
 * reads a few scripts instead of resolving hundreds of modules. The bundle is CommonJS (report.cjs and its
 * chunks) so that scripts/reportStart.ts (start.cjs, imported by the one-line report.mjs) can compile it
 * with V8's code cache (vm.Script cachedData), which Node 20 offers for scripts but not for ES modules.
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
    ssr: true,
    outDir: process.env['RANCANG_CLI_DIST'] ? path.resolve(process.env['RANCANG_CLI_DIST']) : r('dist-cli'),
    emptyOutDir: true,
    sourcemap: false,
    target: 'node20',
    minify: false,
    rolldownOptions: {
      input: { report: r('scripts/report.ts'), start: r('scripts/reportStart.ts') },
      // resvg is native; Playwright (only for --format pdf, from node_modules) is loaded on demand.
      external: ['@resvg/resvg-js', 'playwright'],
      output: {
        format: 'cjs',
        entryFileNames: '[name].cjs',
        chunkFileNames: '[name]-[hash].cjs',
        // import() of a package left outside becomes require(): the bundle runs as plain scripts (reportStart.ts).
        dynamicImportInCjs: false,
        // ASCII only (other characters escaped) and without the JSDoc: 2.9 → 2.2 MB for the entry, read by the
        // loader as a one-byte string instead of decoded from UTF-8. The licence comments stay.
        charset: 'ascii',
        comments: { legal: true, annotation: false, jsdoc: false },
      },
      plugins: [
        {
          name: 'report-entry',
          // The name `npm run report` and the documentation use; an ES module so that the package's "type": "module" holds.
          generateBundle() {
            this.emitFile({ type: 'asset', fileName: 'report.mjs', source: "import './start.cjs';\n" });
          },
        },
      ],
    },
  },
  // Bundle the npm packages too (docx, zod …): a few files to read at start-up.
  ssr: { noExternal: true, target: 'node' },
});
