import type { Dictionary } from '../types';

export const pictures: Dictionary['pictures'] = {
  logo: 'Cover logo',
  downscaled:
    '{{name}} was made smaller to keep the project light: from {{fromWidth}} × {{fromHeight}} pixels ({{fromSize}}) to {{width}} × {{height}} pixels ({{size}}), sharp enough to print.',
  logoHint: 'A PNG or JPG picture, printed above the participant’s name on the cover. Large pictures are made smaller automatically.',
  logoNone: 'No logo yet.',
  chooseLogo: 'Choose a logo…',
  replaceLogo: 'Replace logo…',
  removeLogo: 'Remove logo',
  logoAlt: 'Cover logo: {{name}}',
  evidence: 'Evidence pictures (photos, scans)',
  evidenceHint: 'Printed in the report’s appendix with their own numbers; the milestone table cites them.',
  evidenceNone: 'No evidence pictures yet.',
  addEvidence: 'Add an evidence picture…',
  caption: 'Caption of picture {{n}}',
  remove: 'Remove picture',
  removed: 'Picture {{name}} removed.',
  added: 'Picture {{name}} added.',
  size: '{{width}} × {{height}} pixels, {{kb}} KB',
  budget: 'Pictures in the project: {{used}} of the {{limit}} file limit.',
  budgetNearLimit: 'Pictures in the project already take {{used}} of the {{limit}} file limit. Use smaller photos; a file over the limit cannot be saved.',
  tooMany: 'This project already has {{max}} pictures; remove some first.',
};
