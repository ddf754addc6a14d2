/**
 * What every chapter builder needs, computed once from the project by shared/domain: rankings,
 * totals, codes and labels. Builders read numbers from here and never compute them again.
 */
import { apklResults, type ApklResult } from '../domain/apkl';
import { budgetSummary, type BudgetSummary } from '../domain/budget';
import { milestoneCodes } from '../domain/milestoneCodes';
import { movedStakeholders } from '../domain/quadrant';
import type { ReportKind } from '../domain/readiness';
import { usgRanking, type UsgRanking } from '../domain/usg';
import type { ExportOptions } from '../ipc';
import { productLabel, productNoun, programmeName } from '../model/programmes';
import type { Project } from '../model/types';
import { CaptionNumbers } from './numbering';
import type { ChangesBaseline } from './tables/changes';

export interface ReportContext {
  p: Project;
  kind: ReportKind;
  options: ExportOptions;
  numbers: CaptionNumbers;
  /** "Aksi Perubahan Kinerja Pelayanan". */
  label: string;
  /** "aksi perubahan" / "proyek perubahan", for running text. */
  noun: string;
  programme: string;
  apkl: Map<string, ApklResult>;
  usg: UsgRanking;
  budget: BudgetSummary;
  codes: ReadonlyMap<string, string>;
  moved: Set<string>;
  /** The frozen version the laporan's changes appendix compares with, when the document asks for it. */
  baseline: ChangesBaseline | null;
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  includeKataPengantar: true,
  includeAbstrak: false,
  includeFigures: true,
  includeConsultations: true,
  includeEvidenceIndex: true,
};

export function reportContext(p: Project, kind: ReportKind, options: ExportOptions, baseline: ChangesBaseline | null = null): ReportContext {
  return {
    p,
    kind,
    options,
    numbers: new CaptionNumbers(),
    label: productLabel(p.programme),
    noun: productNoun(p.programme),
    programme: programmeName(p.programme),
    apkl: apklResults(p.issueAnalysis),
    usg: usgRanking(p.issueAnalysis),
    budget: budgetSummary(p.budgetLines),
    codes: milestoneCodes(p.milestones),
    moved: new Set(movedStakeholders(p.stakeholders, p.stakeholderSettings.threshold)),
    baseline,
  };
}

/** "RANCANGAN AKSI PERUBAHAN KINERJA PELAYANAN" / "LAPORAN PROYEK PERUBAHAN". */
export function documentType(c: Pick<ReportContext, 'kind' | 'label'>): string {
  return `${c.kind === 'rancangan' ? 'RANCANGAN' : 'LAPORAN'} ${c.label.toUpperCase()}`;
}
