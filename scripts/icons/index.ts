/** `npm run icons`: regenerates build/ icons from build/icon.svg. Commit the result. */
import path from 'node:path';
import { makeIcons } from './makeIcons';

const buildDir = path.resolve(import.meta.dirname, '../../build');
const written = await makeIcons(buildDir);
console.log(`Ikon dibuat di ${buildDir}:\n  ${written.join('\n  ')}`);
