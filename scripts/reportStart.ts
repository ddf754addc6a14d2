/**
 * Start of the bundled commands (dist-cli/report.mjs and cohort.mjs import this, built as start.cjs): loads a
 * command's CommonJS bundle (report.cjs or cohort.cjs, and the chunks it requires) through V8's code cache instead of Node's
 * loader. Node 20 keeps no compiled code between runs (no module.enableCompileCache), so every export
 * parsed and compiled the ~3.6 MB bundle again (compileSourceTextModule ≈ 200 ms of main thread in a
 * cpu-prof). Here each file's compiled code, including the functions compiled while exporting, is
 * written once after a run and read by later ones.
 *
 * The cache is trusted only when it is for exactly this file and this Node: its name holds the SHA-256
 * of the source with Node's version and architecture (V8 itself checks only the source's length), and
 * it starts with the SHA-256 of its own payload, so a damaged or truncated file is never handed to V8.
 * Anything wrong (no cache, a stale or damaged one, V8 rejecting it, a folder we cannot write) falls back
 * to a normal compile; the export never depends on the cache.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import vm from 'node:vm';
import { ownFolder } from '../electron/core/ownFolder';

/**
 * V8 sends a function to its optimising compiler (TurboFan, on background threads) once it has
 * run for a budget of bytecode. In this short-lived process that compiler was the largest single
 * cost: 37% of all CPU samples of exporting SIPANTAU (perf, all threads), for functions that mostly
 * finish before their optimised code pays back. A budget six times the default (67,584 in Node 20)
 * leaves only the really hot layout loops to it. Measured whole process, interleaved, 4 rounds at
 * load ~18: SIPANTAU 4.25 s → 2.99 s CPU (200,000: 3.21 s; 800,000: 3.21 s). Set here, before any
 * code is compiled: feedback (and with it the budget) is allocated on a function's first calls, and
 * V8 stamps a code cache with a hash of its flags, so the flags must be the same when a cache is
 * written (after the export) as when it is read (at start), or V8 rejects it on every run.
 */
const INTERRUPT_BUDGET = 400_000;

/** The environment variable that names another cache folder (the tests use their own); "off" turns the cache off. */
const CACHE_ENV = 'RANCANG_CLI_CODE_CACHE';
const HASH_BYTES = 32;

interface Loaded {
  file: string;
  script: vm.Script;
  cacheName: string;
  /** True when V8 took the cache: nothing to write at the end. */
  hit: boolean;
}

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest();

/** Where caches are read from, first to last, and written to (the first that can be written). */
function cacheDirs(bundleDir: string): string[] {
  const chosen = process.env[CACHE_ENV];
  if (chosen === 'off') return [];
  if (chosen) return [path.resolve(chosen)];
  // Beside the bundle, so `npm run build` (emptyOutDir) removes stale caches with the old bundle; the
  // temporary folder when the bundle's folder cannot be written (a read-only installation).
  return [path.join(bundleDir, '.v8-cache'), path.join(os.tmpdir(), `rancang-perubahan-v8-cache-${process.getuid?.() ?? 'user'}`)];
}

function readCache(dirs: string[], name: string): Buffer | undefined {
  for (const dir of dirs) {
    let data: Buffer;
    try {
      if (!ownFolder(dir)) continue;
      data = readFileSync(path.join(dir, name));
    } catch {
      continue;
    }
    const payload = data.subarray(HASH_BYTES);
    if (data.length > HASH_BYTES && sha256(payload).equals(data.subarray(0, HASH_BYTES))) return payload;
  }
  return undefined;
}

function writeCache(dirs: string[], name: string, payload: Buffer): void {
  for (const dir of dirs) {
    // A unique temporary name renamed into place: two exports finishing together never leave half a file.
    const tmp = path.join(dir, `${name}.${process.pid}.tmp`);
    try {
      mkdirSync(dir, { recursive: true, mode: 0o700 });
      if (!ownFolder(dir)) continue;
      writeFileSync(tmp, Buffer.concat([sha256(payload), payload]));
      renameSync(tmp, path.join(dir, name));
      return;
    } catch {
      rmSync(tmp, { force: true });
    }
  }
}

/** Runs the bundled command `entryName` (report.cjs, cohort.cjs) from this folder. */
export function start(entryName: string): void {
  const entry = path.join(import.meta.dirname, entryName);
  v8.setFlagsFromString(`--interrupt-budget=${INTERRUPT_BUDGET}`);
  const dirs = cacheDirs(path.dirname(entry));
  const modules = new Map<string, { exports: unknown }>();
  const loaded: Loaded[] = [];
  const key = `${process.version}-${process.arch}`;

  // The bundle's own files (./x.cjs, required by the entry and by the chunks, one instance each) go
  // through the cache; everything else (node:*, resvg, playwright) through Node's require.
  const load = (file: string): unknown => {
    const known = modules.get(file);
    if (known) return known.exports;
    const bytes = readFileSync(file);
    // The build writes ASCII only (vite.cli.config.ts, charset): read as Latin-1, V8's one-byte string, ~1 ms
    // instead of ~20 ms decoding the 2 MB entry as UTF-8 into a two-byte string. Any other file as UTF-8.
    const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
    const cacheName = `${path.basename(file)}-${createHash('sha256').update(bytes).update(key).digest('hex').slice(0, 32)}.bin`;
    const cachedData = readCache(dirs, cacheName);
    const wrapped = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
    const script = new vm.Script(wrapped, {
      filename: file,
      ...(cachedData ? { cachedData } : {}),
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    loaded.push({ file, script, cacheName, hit: cachedData !== undefined && !script.cachedDataRejected });
    const module = { exports: {} as unknown };
    modules.set(file, module);
    const nodeRequire = createRequire(file);
    const require = Object.assign(
      (id: string) => (id.startsWith('./') || id.startsWith('../') ? load(path.resolve(path.dirname(file), id)) : nodeRequire(id)),
      {
        resolve: nodeRequire.resolve,
        cache: nodeRequire.cache,
      },
    );
    const run = script.runInThisContext() as (...args: unknown[]) => void;
    run.call(module.exports, module.exports, require, module, file, path.dirname(file));
    return module.exports;
  };

  if (dirs.length > 0) {
    // After the export, so the cache holds the functions it compiled too, not only the top level; and only
    // after one that succeeded, as a wrong command line compiles little (a cache is never rewritten once taken).
    process.once('exit', (code) => {
      if (code === 0) for (const l of loaded) if (!l.hit) writeCache(dirs, l.cacheName, l.script.createCachedData());
      if (process.env['RANCANG_CLI_CODE_CACHE_REPORT'])
        process.stderr.write(`code cache: ${loaded.map((l) => `${path.basename(l.file)} ${l.hit ? 'hit' : 'miss'}`).join(', ')}\n`);
    });
  }
  load(entry);
}
