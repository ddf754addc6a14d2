/**
 * Runs before each test file (Vitest imports setup files anew for every file, even in a worker
 * that keeps the modules of the files before): what every file needs after each of its tests.
 *
 * A worker runs many files in one process (isolate: false in vite.config.ts), so a test leaves no
 * process state behind: environment variables restored (an unset one deleted, not set to
 * undefined), fake timers undone, no change of folder; a hook that a helper module registers when
 * it is first imported runs for one file only, so such hooks belong here.
 */
import { afterEach } from 'vitest';
import { removeTempDirs } from './helpers';

afterEach(removeTempDirs);
