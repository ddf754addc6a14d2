import type { Dictionary } from '../types';

export const workspace: Dictionary['workspace'] = {
  sidebarLabel: 'Report sections',
  groups: {
    depan: 'Front matter', bab1: 'Chapter I Introduction', bab2: 'Chapter II Description of the {{product}}',
    bab3: 'Chapter III Implementation (report)', penutup: 'Closing', lampiran: 'Appendices',
  },
  sections: {
    identitas: 'Identity and calendar', dokumen: 'Foreword and document',
    'latar-belakang': 'Background', isu: 'Issue identification (APKL)', prioritas: 'Priority issue (USG)',
    'akar-masalah': 'Root causes', kesenjangan: 'Gap', gagasan: 'Creative idea', tujuan: 'Goals',
    manfaat: 'Benefits', 'ruang-lingkup': 'Scope',
    'profil-organisasi': 'Organisation profile', milestone: 'Milestones', jadwal: 'Schedule (timeline)', tim: 'Effective team',
    stakeholder: 'Stakeholders', anggaran: 'Budget', risiko: 'Obstacles and risks', 'faktor-kunci': 'Critical success factors',
    keberlanjutan: 'Sustainability', realisasi: 'Milestone realisation', refleksi: 'Team, stakeholders and leadership',
    penutup: 'Conclusions and recommendations', konsultasi: 'Mentor and coach consultations', seminar: 'Seminars',
  },
  complete: 'complete',
  incomplete: 'incomplete',
  notYet: 'This section is not available in this version yet.',
  fileLabel: 'File',
  untitled: 'Untitled',
  unsavedFile: 'Not saved to a file yet',
  shortcuts: 'Shortcuts: Ctrl+S save, Ctrl+Z undo, Ctrl+Y redo.',
  backToStart: 'Back to start',
  history: {
    undone: 'Undone: {{where}}',
    redone: 'Redone: {{where}}',
    somewhere: 'the last change',
  },
};
