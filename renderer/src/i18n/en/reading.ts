import type { Dictionary } from '../types';

export const reading: Dictionary['reading'] = {
  open: 'Read the document',
  close: 'Back to editing',
  toolbar: 'Reading tools',
  document: 'Document',
  kinds: { rancangan: 'Design (rancangan)', laporan: 'Report (laporan)' },
  search: 'Find in the document',
  matches: '{{current}} of {{total}}',
  previous: 'Previous match',
  next: 'Next match',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  toForm: 'See the form (read-only)',
  contents: 'Contents',
};
