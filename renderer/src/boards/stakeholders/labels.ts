/** Words for places on the grid, shared by the cards, the announcements and the dialogs. */
import type { TFunction } from 'i18next';
import { quadrantOf } from '../../../../shared/domain/quadrant';
import type { QuadrantNaming } from '../../../../shared/model/enums';
import type { Stakeholder } from '../../../../shared/model/types';

export function placeText(t: TFunction, power: number | null, interest: number | null, threshold: number, naming: QuadrantNaming): string {
  const q = quadrantOf(power, interest, threshold);
  if (q === null || power === null || interest === null) return t('boards.stakeholders.announce.unplacedPlace');
  return t('boards.stakeholders.announce.place', { power: String(power), interest: String(interest), quadrant: t(`boards.quadrants.${naming}.${q}`) });
}

export function stakeholderName(t: TFunction, s: Pick<Stakeholder, 'name'>): string {
  return s.name.trim() || t('boards.stakeholders.noName');
}
