/**
 * When an item is removed, nothing may keep pointing at it: a milestone's person in charge, its
 * budget lines, a tie decision, the chosen core issue … A dangling id would later match nothing
 * silently (a budget link that no longer counts) or, worse, an item added with a recycled id.
 * Undo brings the item and every reference back, because it restores the whole snapshot.
 */
import type { Project } from '../model/types';
import type { ListName } from './lists';

export function withoutReferencesTo(p: Project, list: ListName, id: string): Project {
  switch (list) {
    case 'team':
      return {
        ...p,
        milestones: mapIf(
          p.milestones,
          (m) => m.picTeamId === id,
          (m) => ({ ...m, picTeamId: null }),
        ),
        stakeholders: mapIf(
          p.stakeholders,
          (s) => s.ownerTeamId === id,
          (s) => ({ ...s, ownerTeamId: null }),
        ),
        risks: mapIf(
          p.risks,
          (r) => r.ownerTeamId === id,
          (r) => ({ ...r, ownerTeamId: null }),
        ),
      };
    case 'budgetLines':
      return {
        ...p,
        milestones: mapIf(
          p.milestones,
          (m) => m.budgetLineIds.includes(id),
          (m) => ({ ...m, budgetLineIds: m.budgetLineIds.filter((x) => x !== id) }),
        ),
      };
    case 'stakeholders':
      return {
        ...p,
        milestones: mapIf(
          p.milestones,
          (m) => m.stakeholderIds.includes(id),
          (m) => ({ ...m, stakeholderIds: m.stakeholderIds.filter((x) => x !== id) }),
        ),
      };
    case 'milestones':
      return {
        ...p,
        attachments: mapIf(
          p.attachments,
          (a) => a.milestoneId === id,
          (a) => ({ ...a, milestoneId: null }),
        ),
        // Progress entries belong to their milestone: they go with it (undo brings both back).
        postTraining: { ...p.postTraining, progress: p.postTraining.progress.filter((e) => e.milestoneId !== id) },
      };
    case 'attachments':
      return {
        ...p,
        milestones: mapIf(
          p.milestones,
          (m) => m.attachmentIds.includes(id),
          (m) => ({ ...m, attachmentIds: m.attachmentIds.filter((x) => x !== id) }),
        ),
        postTraining: {
          ...p.postTraining,
          progress: mapIf(
            p.postTraining.progress,
            (e) => e.attachmentIds.includes(id),
            (e) => ({ ...e, attachmentIds: e.attachmentIds.filter((x) => x !== id) }),
          ),
        },
        documentSettings: p.documentSettings.logoAttachmentId === id ? { ...p.documentSettings, logoAttachmentId: null } : p.documentSettings,
      };
    case 'issues': {
      const ia = p.issueAnalysis;
      return {
        ...p,
        issueAnalysis: {
          ...ia,
          tieDecisions: ia.tieDecisions.some((d) => d.issueIds.includes(id)) ? ia.tieDecisions.filter((d) => !d.issueIds.includes(id)) : ia.tieDecisions,
          coreOverride: ia.coreOverride?.issueId === id ? null : ia.coreOverride,
        },
      };
    }
    case 'rootCauses':
      // Sub-causes of a removed cause move up a level rather than disappearing with it.
      return {
        ...p,
        rootCauses: {
          ...p.rootCauses,
          causes: mapIf(
            p.rootCauses.causes,
            (c) => c.parentId === id,
            (c) => ({ ...c, parentId: null }),
          ),
        },
      };
    default:
      return p;
  }
}

/** Maps only the matching items and keeps the array itself when nothing matches (history shares it). */
function mapIf<T>(items: T[], match: (t: T) => boolean, change: (t: T) => T): T[] {
  return items.some(match) ? items.map((t) => (match(t) ? change(t) : t)) : items;
}
