import type { Dictionary } from '../types';

export const exportDialog: Dictionary['exportDialog'] = {
  title: 'Export the DOCX report',
  which: 'Document',
  kinds: {
    rancangan: 'Design: Rancangan {{product}} (for the design seminar)',
    laporan: 'Report: Laporan {{product}} (for the report seminar)',
  },
  parts: 'Optional parts',
  options: {
    includeKataPengantar: 'Foreword (kata pengantar)',
    includeAbstrak: 'Abstract',
    includeFigures: 'Figures: stakeholder maps, schedule and team chart',
    includeConsultations: 'Appendix: consultation sheet',
    includeEvidenceIndex: 'Appendix: evidence index (with pictures)',
  },
  readinessTitle: 'Checks before export',
  mustFix: '{{n}} item(s) still need fixing. You can export anyway; empty parts print as [belum diisi].',
  ready: 'Ready to export.',
  export: 'Export',
  exportAnyway: 'Export anyway',
  running: 'Building the report: figures, tables and page numbers…',
  cancelled: 'Export cancelled; no file was written.',
  doneTitle: 'Report saved',
  done: '{{file}} ({{size}}) saved in {{folder}}.',
  doneTime: 'Finished in {{seconds}} seconds.',
  openFolder: 'Open folder', openDocument: 'Open document',
  failedTitle: 'Export failed',
  readOnlyNote: 'This file is open read-only; exporting does not change it.',
};
