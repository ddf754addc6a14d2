/**
 * A real `electron-builder --linux dir` package of the app, built offline with a stand-in Electron
 * folder, and what ended up in it: everything the app needs, nothing it does not.
 * Reuses the `npm run build` output (npm test builds first); builds it when missing.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire, isBuiltin } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BASE_CONFIG, ROOT } from './builder';
import { makeStandInElectron, STAND_IN_LOCALES } from './standInElectron';

const execFileAsync = promisify(execFile);

/** Runs a Node CLI; on failure the error carries the tool's own output, not just "Command failed". */
async function run(args: string[], options: { timeout?: number; env?: NodeJS.ProcessEnv } = {}): Promise<void> {
  try {
    await execFileAsync(process.execPath, args, { cwd: ROOT, maxBuffer: 16 * 1024 * 1024, ...options });
  } catch (e) {
    const { stdout = '', stderr = '' } = e as { stdout?: string; stderr?: string };
    throw new Error(`${(e as Error).message}\n${`${stdout}\n${stderr}`.trim().split('\n').slice(-30).join('\n')}`, { cause: e });
  }
}

/** This worker's environment minus Vitest's markers: with them, vite.config.ts skips the Electron bundles. */
function envWithoutVitest(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- package.json as parsed JSON; the assertions below check its shape
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<string, any>;
const BUILT = ['dist/index.html', 'dist-electron/main.js', 'dist-electron/preload.cjs'];

let work = '';
let appDir = '';
let asarFile = '';
let entries: string[] = [];

beforeAll(async () => {
  const started = Date.now();
  if (!BUILT.every((f) => existsSync(path.join(ROOT, f)))) {
    await run([path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], { env: envWithoutVitest() });
  }
  work = await mkdtemp(path.join(os.tmpdir(), 'rancang-pack-'));
  const electronVersion = JSON.parse(readFileSync(path.join(ROOT, 'node_modules/electron/package.json'), 'utf8')).version as string;
  const electronDist = await makeStandInElectron(path.join(work, 'electron'), electronVersion);
  const out = path.join(work, 'out');
  await run(
    [
      path.join(ROOT, 'node_modules/electron-builder/cli.js'),
      '--linux',
      'dir',
      '--config',
      BASE_CONFIG,
      `-c.electronDist=${electronDist}`,
      `-c.directories.output=${out}`,
    ],
    { timeout: 90_000 },
  );
  appDir = path.join(out, 'linux-unpacked');
  asarFile = path.join(appDir, 'resources', 'app.asar');
  entries = listPackage(asarFile, { isPack: false }).map((e) => e.split(path.sep).join('/'));
  console.info(`packaging: --dir package built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

/** The package names a module specifier refers to ("@scope/name/sub" → "@scope/name"). */
const packageOf = (spec: string) =>
  spec
    .split('/')
    .slice(0, spec.startsWith('@') ? 2 : 1)
    .join('/');

/** Every dependency main can load: `dependencies` and, through node_modules, theirs (optional ones included). */
function productionClosure(): Set<string> {
  const seen = new Set<string>();
  const visit = (name: string) => {
    const manifest = path.join(ROOT, 'node_modules', name, 'package.json');
    if (seen.has(name) || !existsSync(manifest)) return;
    seen.add(name);
    const m = JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, Record<string, string> | undefined>;
    for (const dep of Object.keys({ ...m['dependencies'], ...m['optionalDependencies'] })) visit(dep);
  };
  for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) visit(dep);
  return seen;
}

/** Packages in the asar's node_modules (top level; nested copies live under their parent). */
function packagedModules(): Set<string> {
  return new Set(
    entries.filter((e) => /^\/node_modules\/(@[^/]+\/)?[^/@]+\/package\.json$/.test(e)).map((e) => e.slice('/node_modules/'.length, -'/package.json'.length)),
  );
}

describe('app.asar holds what the app runs', () => {
  it('has the renderer, the main and preload bundles and package.json', () => {
    for (const f of ['/package.json', ...BUILT.map((f) => `/${f}`)]) expect(entries).toContain(f);
    expect(entries.some((e) => /^\/dist\/assets\/[^/]+\.js$/.test(e))).toBe(true);
  });

  it('starts where package.json says', () => {
    const manifest = JSON.parse(extractFile(asarFile, 'package.json').toString('utf8')) as { main: string };
    expect(entries).toContain(`/${manifest.main}`);
  });

  it('has every package main.js imports at run time', () => {
    const main = readFileSync(path.join(ROOT, 'dist-electron/main.js'), 'utf8');
    const specs = [...main.matchAll(/^import\s[^;]*?from\s*["']([^"']+)["']|^import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm)]
      .map((m) => m[1] ?? m[2] ?? m[3]!)
      .filter((s) => !s.startsWith('.') && !isBuiltin(s) && s !== 'electron');
    const packaged = packagedModules();
    for (const spec of specs) expect(packaged, `main.js imports ${spec}`).toContain(packageOf(spec));
  });

  it('has only production dependencies in node_modules', () => {
    const closure = productionClosure();
    for (const name of packagedModules()) expect(closure, `${name} is not a production dependency`).toContain(name);
    for (const dev of ['react', 'vite', 'electron', 'docx', 'zod', 'vitest', 'electron-builder']) expect(packagedModules()).not.toContain(dev);
  });
});

describe('app.asar leaves out what the app does not need', () => {
  it('has nothing at the top but the bundles, package.json and node_modules', () => {
    const top = new Set(entries.map((e) => e.split('/')[1]));
    expect([...top].sort()).toEqual(['dist', 'dist-electron', 'node_modules', 'package.json']);
  });

  it('has no sources, type declarations, source maps, tests or fixtures anywhere', () => {
    const offenders = entries.filter((e) => /\.(ts|tsx|mts|cts|map)$/.test(e) || /\/(test|tests|__tests__|fixtures|e2e)\//.test(`${e}/`));
    expect(offenders).toEqual([]);
  });

  it('carries no project files inside the archive (the sample lives in resources)', () => {
    expect(entries.filter((e) => e.endsWith('.rancang'))).toEqual([]);
  });
});

describe('the package around app.asar', () => {
  it('unpacks every native module from the archive, the resvg rasteriser among them', () => {
    const natives = entries.filter((e) => e.endsWith('.node'));
    expect(natives.some((e) => e.startsWith('/node_modules/@resvg/resvg-js-'))).toBe(true);
    for (const n of natives) {
      expect(statFile(asarFile, n.slice(1)), n).toMatchObject({ unpacked: true });
      expect(existsSync(path.join(appDir, 'resources', 'app.asar.unpacked', n)), n).toBe(true);
    }
  });

  it('unpacks a resvg binary that loads on this platform', () => {
    const binary = entries.find((e) => e.startsWith('/node_modules/@resvg/resvg-js-') && e.endsWith('.node'))!;
    const addon = createRequire(import.meta.url)(path.join(appDir, 'resources', 'app.asar.unpacked', binary)) as Record<string, unknown>;
    expect(typeof addon['Resvg']).toBe('function');
  });

  it('ships the SIPANTAU sample where main looks for it', async () => {
    const shipped = await readFile(path.join(appDir, 'resources', 'resources', 'samples', 'sipantau.rancang'));
    expect(shipped.equals(await readFile(path.join(ROOT, 'resources', 'samples', 'sipantau.rancang')))).toBe(true);
  });

  it('ships the chart and report fonts inside the renderer build, where main reads them', async () => {
    // main rasterises charts and measures the report from dist/fonts (copied out of the archive
    // for resvg); every font file of the repository must be in the package.
    const names = (await readdir(path.join(ROOT, 'renderer', 'public', 'fonts'))).filter((n) => /\.(ttf|otf)$/i.test(n));
    expect(names).toEqual(expect.arrayContaining(['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf', 'LiberationSerif-Regular.ttf']));
    for (const n of [...names, 'chart-fonts.css', 'LICENSE-OFL.txt']) expect(entries, n).toContain(`/dist/fonts/${n}`);
  });

  it('names the executable after the package and keeps only the Indonesian and English locales', async () => {
    expect(existsSync(path.join(appDir, pkg.name as string))).toBe(true);
    const locales = (await readdir(path.join(appDir, 'locales'))).sort();
    expect(locales).toEqual(['en-US.pak', 'id.pak']);
    expect(STAND_IN_LOCALES.length).toBeGreaterThan(locales.length);
  });
});
