import type { Dictionary } from '../types';

export const narrative: Dictionary['narrative'] = {
  intros: {
    dokumen: 'Front matter besides the identity. The foreword usually thanks the head of agency, the organiser, mentor, coach, examiner, team and family.',
    'latar-belakang':
      'Legal basis and tasks of the unit, an organisation snapshot, performance data, why change is needed, and the link to regional/strategic plans and the national agenda.',
    'ruang-lingkup': 'The boundaries of the {{noun}}: which service, which unit, which time frame.',
    'profil-organisasi': 'Vision, mission, organisation chart, tasks and functions, and staff numbers by position.',
    refleksi: 'For the report: what the team did, how stakeholders were managed, the leadership shown, and the benefits already felt.',
    penutup: 'A short summary and commitment; recommendations or follow-up plan.',
    manfaat: 'Benefits for the four groups examiners ask about. Tie them to indicators (baseline → target) where possible.',
  },
  fields: {
    kataPengantar: 'Foreword',
    abstrak: 'Abstract / executive summary',
    latarBelakang: 'Background',
    ruangLingkup: 'Scope',
    profilOrganisasi: 'Organisation profile',
    perananTim: 'Role and performance of the effective team',
    pengelolaanStakeholder: 'Stakeholder management',
    refleksiKepemimpinan: 'Leadership reflection',
    manfaatDirasakan: 'Benefits already felt',
    kesimpulan: 'Conclusion',
    saran: 'Recommendations and follow-up plan',
  },
  hints: {
    abstrak: 'Optional; common in PKN Tk II and ministry templates.',
    latarBelakang: 'Issues are phrased as deficiencies: “Belum optimalnya …”, “Rendahnya …”.',
    manfaatDirasakan: 'Early results against the baseline, with figures where available.',
  },
  settings: {
    title: 'Document settings (DOCX export)',
    hint: 'The defaults follow Indonesian report conventions: A4, Times New Roman 12, 1.5 line spacing, margins 4-4-3-3 cm.',
    paper: 'Paper size',
    papers: { A4: 'A4 (21 × 29.7 cm)', F4: 'F4 / Folio (21.5 × 33 cm)' },
    font: 'Font',
    fontSize: 'Font size (pt)',
    lineSpacing: 'Line spacing',
    margins: 'Margins (cm)',
    margin: { top: 'Top', left: 'Left', bottom: 'Bottom', right: 'Right' },
    currency: 'How rupiah amounts are written',
    currencies: { PLAIN: 'Rp6.920.000', DECIMALS: 'Rp6.920.000,00' },
    scheduleAs: 'Schedule in the report',
    scheduleForms: { BOTH: 'Weekly table and figure', FIGURE: 'Figure (Gantt chart)', TABLE: 'Weekly table (short-term activity schedule table)' },
    showScores: 'Show stakeholder power/interest scores in the report',
  },
  benefit: 'Benefit for the {{who}}',
};
