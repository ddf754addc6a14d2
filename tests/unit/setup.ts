/**
 * Runs before each test file (Vitest imports setup files anew for every file, even in a worker
 * that keeps the modules of the files before): what every file needs after each of its tests.
 */
import { afterEach } from 'vitest';
import { removeTempDirs } from './helpers';

afterEach(removeTempDirs);
