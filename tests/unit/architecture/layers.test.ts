/**
 * The layer rules of ARCHITECTURE.md, enforced: arrows point down only, shared/ stays pure, nothing a
 * test loads imports electron at runtime, and only a handful of glue files touch Electron.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, sourceFiles, target, type ImportRef } from './imports';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const rel = (f: string) => path.relative(ROOT, f);
const isNodeBuiltin = (s: string) =>
  s.startsWith('node:') || ['fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events'].includes(s.split('/')[0]!);
const show = (refs: ImportRef[]) => refs.map((r) => `${rel(r.file)}:${r.line} imports "${r.specifier}"`);

/** Packages shared/ may use: pure, isomorphic, no platform APIs. */
const SHARED_PACKAGES = ['zod', 'date-fns', 'mdast-util-from-markdown', 'mdast', 'docx', 'diff'];
/** The only files that may import electron at runtime; everything else takes Electron objects as parameters. */
const ELECTRON_RUNTIME_IMPORTERS = ['electron/main.ts', 'electron/preload.ts'];

function allImports(dir: string): ImportRef[] {
  return sourceFiles(path.join(ROOT, dir)).flatMap(importsOf);
}

describe('layer rules', () => {
  it('shared/ imports only shared/ and pure packages (no node, DOM, React or electron)', () => {
    const bad = allImports('shared').filter((r) => {
      const t = target(r, ROOT);
      if (t !== null) return !t.startsWith('shared');
      const pkg = r.specifier.startsWith('@') ? r.specifier.split('/').slice(0, 2).join('/') : r.specifier.split('/')[0]!;
      return !SHARED_PACKAGES.includes(pkg);
    });
    expect(show(bad)).toEqual([]);
  });

  it('electron/core/ never imports electron (not even for types) nor the renderer', () => {
    const bad = allImports('electron/core').filter(
      (r) =>
        r.specifier === 'electron' ||
        r.specifier.startsWith('electron/') ||
        (target(r, ROOT)?.startsWith('renderer') ?? false) ||
        (target(r, ROOT) !== null && !/^(shared|electron[/\\]core)/.test(target(r, ROOT)!)),
    );
    expect(show(bad)).toEqual([]);
  });

  it('only the allowed glue files import electron at runtime', () => {
    const runtime = [...allImports('electron'), ...allImports('shared'), ...allImports('renderer'), ...allImports('scripts')].filter(
      (r) => (r.specifier === 'electron' || r.specifier.startsWith('electron/')) && !r.typeOnly,
    );
    expect(runtime.map((r) => rel(r.file)).filter((f) => !ELECTRON_RUNTIME_IMPORTERS.includes(f))).toEqual([]);
    expect(new Set(runtime.map((r) => rel(r.file)))).toEqual(new Set(ELECTRON_RUNTIME_IMPORTERS));
  });

  it('the glue imports core and shared, never the renderer', () => {
    const glue = sourceFiles(path.join(ROOT, 'electron')).filter((f) => !rel(f).startsWith('electron/core'));
    const bad = glue.flatMap(importsOf).filter((r) => target(r, ROOT)?.startsWith('renderer'));
    expect(show(bad)).toEqual([]);
  });

  it('the renderer reaches the world only through window.api: no electron, node or main-process code', () => {
    const bad = allImports('renderer').filter((r) => {
      if (r.specifier === 'electron' || isNodeBuiltin(r.specifier)) return true;
      const t = target(r, ROOT);
      return t !== null && !t.startsWith('renderer') && !t.startsWith('shared');
    });
    expect(show(bad)).toEqual([]);
  });

  it('the preload needs nothing but electron, the contract and the drop helper (which imports nothing)', () => {
    const refs = importsOf(path.join(ROOT, 'electron/preload.ts'));
    const runtime = refs.filter((r) => !r.typeOnly).map((r) => r.specifier);
    expect(runtime.filter((s) => s !== 'electron' && s !== '../shared/ipc' && s !== '../shared/droppedFile')).toEqual([]);
    expect(importsOf(path.join(ROOT, 'shared/droppedFile.ts')).filter((r) => !r.typeOnly)).toEqual([]);
  });

  it('tests and scripts never import electron at runtime', () => {
    const bad = [...allImports('tests'), ...allImports('scripts')].filter((r) => r.specifier === 'electron' && !r.typeOnly);
    expect(show(bad)).toEqual([]);
  });

  it('the checker really sees imports (it would catch a violation)', () => {
    const refs = importsOf(path.join(ROOT, 'electron/main.ts'));
    expect(refs.some((r) => r.specifier === 'electron' && !r.typeOnly)).toBe(true);
    const typeRefs = importsOf(path.join(ROOT, 'electron/ipc.ts'));
    expect(typeRefs.find((r) => r.specifier === 'electron')?.typeOnly).toBe(true);
  });
});
