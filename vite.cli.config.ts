/**
 * The headless commands bundled for plain Node (`npm run report` → `node dist-cli/report.mjs`, `npm run cohort`
 * → `node dist-cli/cohort.mjs`): no TypeScript loader at run time, and everything but the native resvg module in
 * a few files, so start-up reads a few scripts instead of resolving hundreds of modules. The bundles are CommonJS
 * (report.cjs, cohort.cjs and their chunks) so that scripts/reportStart.ts (start.cjs, imported by the one-line
 * report.mjs and cohort.mjs) can compile them with V8's code cache (vm.Script cachedData), which Node 20 offers
 * for scripts but not for ES modules.
 */
import path from 'node:path';
import { defineConfig } from 'vite';

const r = (p: string) => path.resolve(import.meta.dirname, p);

/**
 * One command per build: `vite build --config vite.cli.config.ts` builds the report command, and with `--mode cohort`
 * the cohort command into the same folder. Built together, the two would share their common code as a chunk, and
 * the report's start would read its bundle from a file named after whichever module came first; apart, each command
 * is its entry file and its own few chunks.
 */
export default defineConfig(({ mode }) => {
  const command = mode === 'cohort' ? 'cohort' : 'report';
  // start.cjs with the report (the first build), so it needs only the report's own chunks.
  const input: Record<string, string> =
    command === 'report' ? { report: r('scripts/report.ts'), start: r('scripts/reportStart.ts') } : { cohort: r('scripts/cohort.ts') };
  return {
    // No index.html here: point the root at the scripts so Vite does not pick up the renderer's.
    root: r('scripts'),
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir: process.env['RANCANG_CLI_DIST'] ? path.resolve(process.env['RANCANG_CLI_DIST']) : r('dist-cli'),
      // The report's build (the first) starts the folder afresh; the cohort's adds to it.
      emptyOutDir: command === 'report',
      sourcemap: false,
      target: 'node20',
      minify: false,
      rolldownOptions: {
        input,
        // resvg is native; Playwright (only for --format pdf, from node_modules) is loaded on demand.
        external: ['@resvg/resvg-js', 'playwright'],
        output: {
          format: 'cjs',
          entryFileNames: '[name].cjs',
          // The cohort's chunks named apart, so the two builds never write the same file name.
          chunkFileNames: command === 'report' ? '[name]-[hash].cjs' : 'cohort-[name]-[hash].cjs',
          // import() of a package left outside becomes require(): the bundle runs as plain scripts (reportStart.ts).
          dynamicImportInCjs: false,
          // ASCII only (other characters escaped) and without the JSDoc: 2.9 → 2.2 MB for the entry, read by the
          // loader as a one-byte string instead of decoded from UTF-8. The licence comments stay.
          charset: 'ascii',
          comments: { legal: true, annotation: false, jsdoc: false },
        },
        plugins: [
          {
            name: 'command-entries',
            // The names `npm run report` / `npm run cohort` and the documentation use; ES modules so that the package's
            // "type": "module" holds. Each starts its bundle through start.cjs (the code cache).
            generateBundle() {
              this.emitFile({ type: 'asset', fileName: `${command}.mjs`, source: `import { start } from './start.cjs';\nstart('${command}.cjs');\n` });
            },
          },
        ],
      },
    },
    // Bundle the npm packages too (docx, zod …): a few files to read at start-up.
    ssr: { noExternal: true, target: 'node' },
  };
});
