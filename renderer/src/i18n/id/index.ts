import { boards } from './boards';
import { common } from './common';
import { editing } from './editing';
import { identity } from './identity';
import { install } from './install';
import { readiness } from './readiness';
import { start } from './start';
import { terms } from './terms';
import { workspace } from './workspace';

/** The Indonesian dictionary: the reference every other language must match key for key. */
export const id = { common, boards, start, identity, workspace, terms, readiness, editing, install };
