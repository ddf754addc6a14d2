import type { SharedDictionary } from '../id';
import type { Strings } from '../types';

/** The words of the fishbone diagram (shared/charts/fishbone.ts). */
export const fishbone: Strings<SharedDictionary['fishbone']> = {
  title: 'Fishbone diagram of the root causes',
  noHead: '[core issue not yet chosen]',
  noCause: '[no cause yet]',
  categories: {
    MAN: 'Man',
    METHOD: 'Method',
    MACHINE: 'Machine',
    MATERIAL: 'Material',
    MONEY: 'Money',
    ENVIRONMENT: 'Environment',
    POLICY: 'Policy',
    PROCEDURE: 'Procedure',
    PEOPLE: 'People',
    PLANT: 'Plant/Place',
  },
};
