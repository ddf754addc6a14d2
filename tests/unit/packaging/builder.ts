/**
 * electron-builder's own config loading (so `extends` merges exactly as it does for a real build)
 * and its own schema validation, for the packaging tests. Nothing here downloads anything.
 */
import path from 'node:path';
import type { Configuration } from 'app-builder-lib';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const BUILD_DIR = path.join(ROOT, 'build');
/** The unhardened build: `npm run pack:dir`, this test's --dir package, real-Electron tests. */
export const BASE_CONFIG = 'electron-builder.yml';
/** What `npm run dist*` uses: the base plus Electron fuses. */
export const RELEASE_CONFIG = 'electron-builder.release.yml';

export function loadBuilderConfig(file: string): Promise<Configuration> {
  return getConfig(ROOT, file, null);
}

/** Resolves when electron-builder 26 accepts the configuration; rejects with its schema message. */
export function validateBuilderConfig(config: Configuration): Promise<void> {
  return validateConfiguration(config, new DebugLogger(false));
}
