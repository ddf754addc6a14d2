import type { Dictionary } from '../types';
import { common } from './common';
import { identity } from './identity';
import { start } from './start';
import { workspace } from './workspace';

export const en: Dictionary = { common, start, identity, workspace };
