/** What a note is about, in the UI language: "Bagian: Latar belakang", "Milestone: MP-01 Sosialisasi". */
import type { TFunction } from 'i18next';
import { milestoneCodes } from '../../../shared/domain/milestoneCodes';
import type { Project } from '../../../shared/model/types';
import type { NoteTarget } from '../../../shared/review/types';

/**
 * The milestone codes of a list, kept per list: the store never changes a project in place, so a
 * list is the same for as long as it lives, and every note mark of the reading view (one per
 * milestone row) asks again at every change of the document.
 */
const codesByList = new WeakMap<readonly Project['milestones'][number][], ReadonlyMap<string, string>>();
function codesOf(milestones: Project['milestones']): ReadonlyMap<string, string> {
  let codes = codesByList.get(milestones);
  if (!codes) codesByList.set(milestones, (codes = milestoneCodes(milestones)));
  return codes;
}

export function itemName(p: Project, target: Extract<NoteTarget, { type: 'ITEM' }>): string | null {
  const id = target.itemId;
  switch (target.itemKind) {
    case 'ISSUE':
      return p.issueAnalysis.issues.find((x) => x.id === id)?.statement ?? null;
    case 'MILESTONE': {
      const m = p.milestones.find((x) => x.id === id);
      return m ? `${codesOf(p.milestones).get(id) ?? ''} ${m.title}`.trim() : null;
    }
    case 'STAKEHOLDER':
      return p.stakeholders.find((x) => x.id === id)?.name ?? null;
    case 'BUDGET_LINE':
      return p.budgetLines.find((x) => x.id === id)?.item ?? null;
    case 'RISK':
      return p.risks.find((x) => x.id === id)?.description ?? null;
    case 'TEAM_MEMBER':
      return p.team.find((x) => x.id === id)?.person.name ?? null;
  }
}

export function targetLabel(t: TFunction, p: Project, target: NoteTarget): string {
  if (target.type === 'UNPLACED') return t('review.unplaced');
  if (target.type === 'SECTION') return t('review.targetSection', { name: t(`workspace.sections.${target.sectionId}`) });
  const name = itemName(p, target);
  return t('review.targetItem', { kind: t(`review.itemKinds.${target.itemKind}`), name: name === null ? t('review.gone') : name.trim() || '…' });
}
