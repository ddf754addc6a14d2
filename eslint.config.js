// @ts-check
/**
 * Lint rules for the whole tree. Three kinds of rule matter here:
 * - type-aware promise rules (a forgotten await in main loses a save silently),
 * - React hook rules (the renderer's stale-closure and effect bugs),
 * - the layer rules of ARCHITECTURE.md as import bans per folder, so an editor flags a wrong
 *   arrow while it is typed. tests/unit/architecture/layers.test.ts stays: it also checks that
 *   exactly main.ts and preload.ts import electron and that the checker itself sees imports.
 * Formatting belongs to Prettier (.prettierrc), not to ESLint.
 */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'buffer', 'worker_threads'];

/** Bans shared by several layers, as no-restricted-imports options. */
const noElectron = { name: 'electron', message: 'Only electron/main.ts and electron/preload.ts import electron (ARCHITECTURE.md, layers).' };
const noElectronRuntime = { ...noElectron, allowTypeImports: true };
const noNodeBuiltins = [
  { group: ['node:*'], message: 'This layer runs without Node (ARCHITECTURE.md, layers).' },
  ...NODE_BUILTINS.map((name) => ({ group: [name], message: 'This layer runs without Node (ARCHITECTURE.md, layers).' })),
];
const up = (folders) => `^(\\.\\./)+(${folders})(/|$)`;

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', 'dist-*/', 'release/', 'out/', 'test-results/', 'playwright-report/', 'resources/', 'build/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Type-aware rules that pay: each catches a bug class that tsc lets through.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      // import('…') types stay allowed: e2e code inside page.evaluate cannot import at runtime.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // tsc already reports undefined names with better messages.
      'no-undef': 'off',
      // Every control-character class here is deliberate: file names, XML 1.0 text and tests of hostile input strip them.
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: globals.browser },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  // Layer rules (ARCHITECTURE.md): arrows point down only.
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, { name: 'react', message: 'shared/ is pure: no React.' }, { name: 'react-dom', message: 'shared/ is pure: no React.' }],
          patterns: [...noNodeBuiltins, { regex: up('electron|renderer|scripts|tests'), message: 'shared/ imports only shared/ (ARCHITECTURE.md, layers).' }],
        },
      ],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: ['electron/*'], message: noElectron.message },
            { regex: up('renderer'), message: 'electron/core/ never imports the renderer.' },
            { regex: up('main|ipc|menu|window|protocol|preload|dialogs'), message: 'electron/core/ takes the Electron glue as parameters, never imports it.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [noElectronRuntime], patterns: [{ regex: up('renderer'), message: 'The glue never imports the renderer.' }] },
      ],
    },
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: up('renderer'), message: 'The glue never imports the renderer.' }] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [...noNodeBuiltins, { regex: up('electron|scripts|tests'), message: 'The renderer reaches the world only through window.api.' }],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ ...noElectronRuntime, message: 'There is no Electron binary in tests and scripts: type imports only.' }] },
      ],
    },
  },
);
