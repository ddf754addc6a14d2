import { aftercare } from './aftercare';
import { boards } from './boards';
import { cohort } from './cohort';
import { common } from './common';
import { editing } from './editing';
import { exportDialog } from './export';
import { firstSteps } from './firstSteps';
import { narrative } from './narrative';
import { issues } from './issues';
import { analysis } from './analysis';
import { plan } from './plan';
import { organisation } from './organisation';
import { records } from './records';
import { identity } from './identity';
import { install } from './install';
import { pictures } from './pictures';
import { priority } from './priority';
import { longText } from './longText';
import { fishbone } from './fishbone';
import { readiness } from './readiness';
import { reading } from './reading';
import { review } from './review';
import { wordComments } from './wordComments';
import { assessment } from './assessment';
import { start } from './start';
import { terms } from './terms';
import { workspace } from './workspace';
import { pending } from './pending';
import { compare, history, versions } from './versions';

/** The Indonesian dictionary: the reference every other language must match key for key. */
export const id = {
  common,
  boards,
  start,
  identity,
  workspace,
  terms,
  readiness,
  pictures,
  editing,
  install,
  narrative,
  issues,
  analysis,
  plan,
  organisation,
  records,
  exportDialog,
  cohort,
  reading,
  review,
  wordComments,
  assessment,
  firstSteps,
  priority,
  longText,
  fishbone,
  aftercare,
  versions,
  compare,
  history,
  pending,
};
