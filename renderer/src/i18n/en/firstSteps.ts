/** The guided path of a new project and the SIPANTAU example hints. */
import type { Dictionary } from '../types';

export const firstSteps: Dictionary['firstSteps'] = {
  title: 'First steps: {{done}} of {{total}} parts started',
  here: 'Start with this part.',
  next: 'Next: {{section}}.',
  go: 'Go to {{section}}',
  hideGuide: 'Hide the guide',
  exampleTitle: 'Example from the SIPANTAU project',
  hideExample: 'Hide the example',
  showExample: 'Show the SIPANTAU example',
  why: {
    identitas: 'The title and the names of participant, mentor and coach appear on the cover and the approval page.',
    'latar-belakang': 'The background describes the work unit the issues come from.',
    isu: 'The issues scored with APKL are what the core issue is chosen from.',
    prioritas: 'The USG scores decide which issue becomes the core issue.',
    'akar-masalah': 'The root causes of the core issue show what must change.',
    gagasan: 'The creative idea answers the root causes and names the change project.',
    tujuan: 'Short, medium and long-term goals are how success is measured.',
    milestone: 'Short-term milestones are the work done off campus.',
    tim: 'The effective team are the people in charge of the milestones.',
    stakeholder: 'The stakeholder map shows who needs to be moved.',
  },
};
