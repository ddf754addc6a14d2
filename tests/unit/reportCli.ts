/**
 * `npm run report` (and `npm run cohort`) as they ship: scripts/report.ts and cohort.ts bundled by vite.cli.config.ts and started by
 * plain node. Built once per test run (by whichever test file asks first) beside dist-cli, so the
 * bundle finds node_modules and the fonts as the real one does; the run's global teardown removes
 * it. One build replaces a TypeScript loader's start-up (seconds) in every command a test runs.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './helpers';
import { cliDistOf } from './report/exportRun.setup';
import { once, runDir } from './runOnce';

/** The bundled command's folder, built on first use. */
export async function reportCliDir(): Promise<string> {
  const dir = runDir();
  const out = cliDistOf(dir);
  await once(dir, 'report-cli', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, RANCANG_CLI_DIST: out };
    delete env['VITEST'];
    // As `npm run build` does: the report command, then the cohort command beside it.
    for (const mode of ['production', 'cohort']) {
      const args = ['build', '--config', 'vite.cli.config.ts', '--mode', mode];
      const built = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), ...args], { cwd: ROOT, encoding: 'utf8', env });
      if (built.status !== 0) throw new Error(`vite ${args.join(' ')} failed: ${built.stderr}`);
    }
  });
  return out;
}

/** Runs the bundled command with `args`, as `npm run report -- args` does (node dist-cli/report.mjs). */
export async function runReportCli(args: string[], timeout = 120_000): Promise<SpawnSyncReturns<string>> {
  const bundle = path.join(await reportCliDir(), 'report.mjs');
  return spawnSync(process.execPath, [bundle, ...args], { cwd: ROOT, encoding: 'utf8', timeout });
}
