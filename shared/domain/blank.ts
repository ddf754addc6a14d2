/** A new, empty item for any list, with a fresh id and every default from its schema. */
import { newId } from '../model/schema';
import { LISTS, type ListItemOf, type ListName } from './lists';

const PREFIX: Record<ListName, string> = {
  issues: 'isu',
  rootCauses: 'rc',
  gap: 'gap',
  indicatorsPENDEK: 'ind',
  indicatorsMENENGAH: 'ind',
  indicatorsPANJANG: 'ind',
  milestones: 'ms',
  stakeholders: 'sh',
  team: 'tim',
  risks: 'risk',
  budgetLines: 'bl',
  criticalSuccessFactors: 'csf',
  sustainabilityItems: 'sus',
  consultations: 'kons',
  revisionNotesRANCANGAN: 'rev',
  progress: 'kmj',
  readings: 'ukur',
  handovers: 'st',
  revisionNotesLAPORAN: 'rev',
  holidays: 'hol',
  attachments: 'att',
};

export function blankItem<L extends ListName>(list: L, fields: Partial<ListItemOf<L>> = {}): ListItemOf<L> {
  return LISTS[list].schema.parse({ id: newId(PREFIX[list]), ...fields }) as ListItemOf<L>;
}
