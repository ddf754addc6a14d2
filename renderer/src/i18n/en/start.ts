import type { Dictionary } from '../types';

export const start: Dictionary['start'] = {
  tagline: 'Draft the design and report of your change project — from issue analysis to the DOCX report.',
  newTitle: 'Start a new project',
  newHint: 'Choose your training programme first: it decides whether the product is called “Proyek Perubahan” or “Aksi Perubahan”.',
  programme: 'Training programme',
  projectTitle: 'Title (can be filled in later)',
  openTitle: 'Open a file',
  openHint: 'Open your own .rancang file, or a participant’s file shared with you as mentor or examiner.',
  recentTitle: 'Recent files',
  drafts: {
    title: 'Projects not saved yet',
    hint: 'These projects were never saved to a file. They are kept as drafts in the data folder from the first keystroke, so closing the app does not lose them.',
    restore: 'Restore',
    discard: 'Discard',
  },
  recentEmpty: 'No files opened yet.',
  recentMissing: 'not found',
  recentForget: 'Forget {{file}} from the list',
  sampleTitle: 'Example project',
  sampleHint: 'Explore the complete SIPANTAU change action (PKP Cohort II, Jambi Province, 2022).',
  sampleOpen: 'Open the SIPANTAU example',
  dataDir: 'Backups and quarantine are kept in: {{dir}}',
};
