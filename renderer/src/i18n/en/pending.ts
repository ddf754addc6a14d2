import type { Dictionary } from '../types';

export const pending: Dictionary['pending'] = {
  fieldInRow: '{{field}}, row {{row}}',
  waiting: 'Waiting for a valid entry: {{fields}}',
  readiness: 'The check is waiting for a valid entry: {{fields}}. The findings below use the last valid values saved.',
};
