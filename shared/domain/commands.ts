/**
 * Every change to a project is one of these commands, applied by a pure reducer. The renderer
 * keeps the history (undo/redo covers typing and drags alike); main never sees commands, only
 * whole validated projects.
 *
 * Each command's result is checked against the schema of the part it touched, so the project in
 * memory is always one that can be saved: an out-of-range score or an over-long text is refused
 * here with a message, not discovered later at save time.
 */
import { milestoneCodes, nextMilestoneCode, renumberPlan } from './milestoneCodes';
import type { z } from 'zod';
import { refusal, type Refusal } from '../i18n/notices';
import { describeIssue, schemaFinding } from '../model/issueMessages';
import * as S from '../model/schema';
import type { Horizon, PersonRole, SeminarType } from '../model/enums';
import type * as T from '../model/types';
import { LIMITS } from '../model/limits';
import { EvaluationSchema, POST_TRAINING_LIMITS, type DatedPosition, type Evaluation } from '../model/postTraining';
import { LISTS, type ListItemOf, type ListName } from './lists';
import { withoutReferencesTo } from './references';
import { ReviewStoreSchema } from '../review/schema';

// The schema's own findings travel as codes (worded where shown, issueMessages.ts), the Indonesian sentence as the detail of record.
const invalidValue = (issue: z.core.$ZodIssue): Refusal => ({ ...refusal('INVALID_VALUE', { detail: describeIssue(issue) }), finding: schemaFinding(issue) });

export type Command =
  | { type: 'title/set'; value: string }
  | { type: 'phase/set'; value: T.Project['phase'] }
  | { type: 'programme/patch'; patch: Partial<T.Programme> }
  | { type: 'calendar/patch'; patch: Partial<Omit<T.Calendar, 'holidays'>> }
  | { type: 'person/patch'; role: PersonRole; patch: Partial<T.Person> }
  | { type: 'narrative/patch'; patch: Partial<T.Narrative> }
  | { type: 'issueAnalysis/patch'; patch: Partial<Omit<T.IssueAnalysis, 'issues' | 'tieDecisions'>> }
  | { type: 'tie/decide'; issueIds: string[]; decidedWith: T.TieDecision['decidedWith']; note: string }
  | { type: 'tie/reopen'; issueIds: string[] }
  | { type: 'rootCauses/patch'; patch: Partial<Omit<T.Project['rootCauses'], 'causes'>> }
  | { type: 'breakthrough/patch'; patch: Partial<T.Breakthrough> }
  | { type: 'goal/patch'; horizon: Horizon; patch: Partial<Omit<T.Goal, 'indicators'>> }
  | { type: 'horizonLengths/patch'; patch: Partial<T.Project['horizonLengths']> }
  | { type: 'benefits/patch'; patch: Partial<T.Project['benefits']> }
  | { type: 'sustainability/patch'; patch: Partial<Omit<T.Project['sustainability'], 'items'>> }
  | { type: 'seminar/patch'; seminar: SeminarType; patch: Partial<Omit<T.Seminar, 'revisionNotes'>> }
  | { type: 'stakeholderSettings/patch'; patch: Partial<T.StakeholderSettings> }
  | { type: 'documentSettings/patch'; patch: Partial<T.DocumentSettings> }
  | { [L in ListName]: { type: 'list/add'; list: L; item: ListItemOf<L>; index?: number } }[ListName]
  | { [L in ListName]: { type: 'list/update'; list: L; id: string; patch: Partial<ListItemOf<L>> } }[ListName]
  | { type: 'list/remove'; list: ListName; id: string }
  | { type: 'list/move'; list: ListName; id: string; toIndex: number }
  /** Board: move a milestone to a lane (horizon) at a position within that lane. */
  | { type: 'milestone/move'; id: string; horizon: Horizon; index: number }
  /** The explicit renumbering: every lane's codes from 01 in its current order (renumberPlan shows it first). */
  | { type: 'milestones/renumber' }
  /** Grid: put a stakeholder on a cell of the before or after map. */
  | { type: 'stakeholder/place'; id: string; which: 'before' | 'after'; power: number; interest: number }
  /** A dated position of a stakeholder (after a tapping or a meeting); replaces one with the same id. */
  | { type: 'stakeholder/position'; id: string; position: DatedPosition }
  | { type: 'stakeholder/positionRemove'; id: string; positionId: string }
  /** The twelve-month evaluation answers. */
  | { type: 'evaluation/patch'; patch: Partial<Evaluation> }
  /** The imported review notes as a whole (import, answer, close): built by shared/review/edits.ts and merge.ts, checked by the schema. */
  | { type: 'reviews/set'; store: z.input<typeof ReviewStoreSchema> }
  /** Several changes as one undo step (e.g. adding sponsor, mentor, coach and project leader at once); all or nothing. */
  | { type: 'batch'; commands: Command[] };

/** A refused command says why as codes (shared/i18n/notices.ts), worded where it is shown. */
export type CommandResult = { ok: true; project: T.Project } | { ok: false; errors: Refusal[] };

export function applyCommand(p: T.Project, cmd: Command): CommandResult {
  switch (cmd.type) {
    case 'title/set':
      return checked(S.ProjectSchema.shape.title, cmd.value, (title) => ({ ...p, title }));
    case 'phase/set':
      return checked(S.ProjectSchema.shape.phase, cmd.value, (phase) => ({ ...p, phase }));
    case 'programme/patch':
      return checked(S.ProgrammeSchema, { ...p.programme, ...cmd.patch }, (programme) => ({ ...p, programme }));
    case 'calendar/patch':
      return checked(S.CalendarSchema, { ...p.calendar, ...cmd.patch }, (calendar) => ({ ...p, calendar }));
    case 'person/patch':
      return checked(S.PersonSchema, { ...p.people[cmd.role], ...cmd.patch }, (person) => ({ ...p, people: { ...p.people, [cmd.role]: person } }));
    case 'narrative/patch':
      return checked(S.NarrativeSchema, { ...p.narrative, ...cmd.patch }, (narrative) => ({ ...p, narrative }));
    case 'issueAnalysis/patch':
      return checked(S.IssueAnalysisSchema, { ...p.issueAnalysis, ...cmd.patch }, (issueAnalysis) => ({ ...p, issueAnalysis }));
    case 'tie/decide': {
      const others = p.issueAnalysis.tieDecisions.filter((d) => !sameSet(d.issueIds, cmd.issueIds));
      const decision = { issueIds: cmd.issueIds, decidedWith: cmd.decidedWith, note: cmd.note };
      return checked(S.IssueAnalysisSchema, { ...p.issueAnalysis, tieDecisions: [...others, decision] }, (issueAnalysis) => ({ ...p, issueAnalysis }));
    }
    case 'tie/reopen': {
      const tieDecisions = p.issueAnalysis.tieDecisions.filter((d) => !sameSet(d.issueIds, cmd.issueIds));
      return { ok: true, project: { ...p, issueAnalysis: { ...p.issueAnalysis, tieDecisions } } };
    }
    case 'rootCauses/patch':
      return checked(S.ProjectSchema.shape.rootCauses, { ...p.rootCauses, ...cmd.patch }, (rootCauses) => ({ ...p, rootCauses }));
    case 'breakthrough/patch':
      return checked(S.BreakthroughSchema, { ...p.breakthrough, ...cmd.patch }, (breakthrough) => ({ ...p, breakthrough }));
    case 'goal/patch':
      return checked(S.GoalSchema, { ...p.goals[cmd.horizon], ...cmd.patch }, (goal) => ({ ...p, goals: { ...p.goals, [cmd.horizon]: goal } }));
    case 'horizonLengths/patch':
      return checked(S.ProjectSchema.shape.horizonLengths, { ...p.horizonLengths, ...cmd.patch }, (horizonLengths) => ({ ...p, horizonLengths }));
    case 'benefits/patch':
      return checked(S.ProjectSchema.shape.benefits, { ...p.benefits, ...cmd.patch }, (benefits) => ({ ...p, benefits }));
    case 'sustainability/patch':
      return checked(S.ProjectSchema.shape.sustainability, { ...p.sustainability, ...cmd.patch }, (sustainability) => ({ ...p, sustainability }));
    case 'seminar/patch':
      return checked(S.SeminarSchema, { ...p.seminars[cmd.seminar], ...cmd.patch }, (seminar) => ({
        ...p,
        seminars: { ...p.seminars, [cmd.seminar]: seminar },
      }));
    case 'stakeholderSettings/patch':
      return checked(S.StakeholderSettingsSchema, { ...p.stakeholderSettings, ...cmd.patch }, (stakeholderSettings) => ({ ...p, stakeholderSettings }));
    case 'documentSettings/patch':
      return checked(S.DocumentSettingsSchema, { ...p.documentSettings, ...cmd.patch }, (documentSettings) => ({ ...p, documentSettings }));
    case 'list/add':
      // A milestone gets its code once, here; moves and edits keep it.
      if (cmd.list === 'milestones' && !cmd.item.code) {
        return listAdd(
          p,
          cmd.list,
          { ...cmd.item, code: nextMilestoneCode(p.milestones, cmd.item.horizon, new Set(milestoneCodes(p.milestones).values())) },
          cmd.index,
        );
      }
      return listAdd(p, cmd.list, cmd.item, cmd.index);
    case 'list/update':
      return listUpdate(p, cmd.list, cmd.id, cmd.patch);
    case 'list/remove': {
      const l = LISTS[cmd.list];
      const items = l.get(p) as { id: string }[];
      if (!items.some((i) => i.id === cmd.id)) return notFound(cmd.id);
      return { ok: true, project: withoutReferencesTo(l.set(p, items.filter((i) => i.id !== cmd.id) as never), cmd.list, cmd.id) };
    }
    case 'list/move': {
      const l = LISTS[cmd.list];
      const items = [...(l.get(p) as { id: string }[])];
      const from = items.findIndex((i) => i.id === cmd.id);
      if (from < 0) return notFound(cmd.id);
      const [moved] = items.splice(from, 1);
      items.splice(clamp(cmd.toIndex, 0, items.length), 0, moved!);
      return { ok: true, project: l.set(p, items as never) };
    }
    case 'milestone/move':
      return moveMilestone(p, cmd.id, cmd.horizon, cmd.index);
    case 'milestones/renumber': {
      const changes = new Map(renumberPlan(p.milestones).map((c) => [c.id, c.to]));
      const codes = milestoneCodes(p.milestones);
      return { ok: true, project: { ...p, milestones: p.milestones.map((m) => ({ ...m, code: changes.get(m.id) ?? codes.get(m.id)! })) } };
    }
    case 'batch': {
      let project = p;
      for (const c of cmd.commands) {
        const r = applyCommand(project, c);
        if (!r.ok) return r;
        project = r.project;
      }
      return { ok: true, project };
    }
    case 'stakeholder/position': {
      const s = p.stakeholders.find((x) => x.id === cmd.id);
      if (!s) return notFound(cmd.id);
      const others = s.positions.filter((x) => x.id !== cmd.position.id);
      if (others.length >= POST_TRAINING_LIMITS.positions) return { ok: false, errors: [refusal('TOO_MANY_ITEMS', { max: POST_TRAINING_LIMITS.positions })] };
      const at = s.positions.findIndex((x) => x.id === cmd.position.id);
      const positions = at < 0 ? [...others, cmd.position] : s.positions.map((x) => (x.id === cmd.position.id ? cmd.position : x));
      return listUpdate(p, 'stakeholders', cmd.id, { positions });
    }
    case 'stakeholder/positionRemove': {
      const s = p.stakeholders.find((x) => x.id === cmd.id);
      if (!s) return notFound(cmd.id);
      if (!s.positions.some((x) => x.id === cmd.positionId)) return notFound(cmd.positionId);
      return listUpdate(p, 'stakeholders', cmd.id, { positions: s.positions.filter((x) => x.id !== cmd.positionId) });
    }
    case 'evaluation/patch':
      return checked(EvaluationSchema, { ...p.postTraining.evaluation, ...cmd.patch }, (evaluation) => ({
        ...p,
        postTraining: { ...p.postTraining, evaluation },
      }));
    case 'reviews/set':
      return checked(ReviewStoreSchema, cmd.store, (reviews) => ({ ...p, reviews }));
    case 'stakeholder/place': {
      const s = p.stakeholders.find((x) => x.id === cmd.id);
      if (!s) return notFound(cmd.id);
      const pos = { ...s[cmd.which], power: cmd.power, interest: cmd.interest };
      return listUpdate(p, 'stakeholders', cmd.id, { [cmd.which]: pos });
    }
  }
}

function checked<Schema extends z.ZodType>(schema: Schema, value: unknown, build: (v: z.infer<Schema>) => T.Project): CommandResult {
  const r = schema.safeParse(value, { reportInput: true });
  if (!r.success) return { ok: false, errors: r.error.issues.slice(0, 5).map(invalidValue) };
  return { ok: true, project: build(r.data) };
}

function listAdd(p: T.Project, list: ListName, item: unknown, index?: number): CommandResult {
  const l = LISTS[list];
  const items = l.get(p) as { id: string }[];
  const r = l.schema.safeParse(item, { reportInput: true });
  if (!r.success) return { ok: false, errors: r.error.issues.slice(0, 5).map(invalidValue) };
  const added = r.data as { id: string };
  if (items.some((i) => i.id === added.id)) return { ok: false, errors: [refusal('DUPLICATE_ID', { id: added.id })] };
  const next = [...items];
  next.splice(index === undefined ? next.length : clamp(index, 0, next.length), 0, added);
  return checkedList(p, list, next);
}

function listUpdate(p: T.Project, list: ListName, id: string, patch: object): CommandResult {
  const l = LISTS[list];
  const items = l.get(p) as { id: string }[];
  const at = items.findIndex((i) => i.id === id);
  if (at < 0) return notFound(id);
  // An update may never change which item it is: the id stays (an edit cannot land on another card).
  const r = l.schema.safeParse({ ...items[at], ...patch, id }, { reportInput: true });
  if (!r.success) return { ok: false, errors: r.error.issues.slice(0, 5).map(invalidValue) };
  const next = [...items];
  next[at] = r.data;
  return { ok: true, project: l.set(p, next as never) };
}

/** List length limits live on the project schema's arrays; check them when a list grows. */
function checkedList(p: T.Project, list: ListName, next: { id: string }[]): CommandResult {
  const max = maxItems(list);
  if (next.length > max) return { ok: false, errors: [refusal('TOO_MANY_ITEMS', { max })] };
  return { ok: true, project: LISTS[list].set(p, next as never) };
}

function maxItems(list: ListName): number {
  const byList: Record<ListName, number> = {
    issues: LIMITS.issues,
    rootCauses: LIMITS.rootCauses,
    gap: LIMITS.gapRows,
    indicatorsPENDEK: LIMITS.indicators,
    indicatorsMENENGAH: LIMITS.indicators,
    indicatorsPANJANG: LIMITS.indicators,
    milestones: LIMITS.milestones,
    stakeholders: LIMITS.stakeholders,
    team: LIMITS.team,
    risks: LIMITS.risks,
    budgetLines: LIMITS.budgetLines,
    criticalSuccessFactors: LIMITS.listItems,
    sustainabilityItems: LIMITS.listItems,
    consultations: LIMITS.consultations,
    revisionNotesRANCANGAN: LIMITS.revisionNotes,
    revisionNotesLAPORAN: LIMITS.revisionNotes,
    holidays: LIMITS.holidays,
    attachments: LIMITS.attachments,
    progress: POST_TRAINING_LIMITS.progress,
    readings: POST_TRAINING_LIMITS.readings,
    handovers: POST_TRAINING_LIMITS.handovers,
  };
  return byList[list];
}

/**
 * Milestones keep one array; a lane is the milestones of one horizon in array order. Moving to
 * (horizon, index) removes the card, then inserts it before the index-th card of the target lane.
 */
function moveMilestone(p: T.Project, id: string, horizon: Horizon, index: number): CommandResult {
  const card = p.milestones.find((m) => m.id === id);
  if (!card) return notFound(id);
  const rest = p.milestones.filter((m) => m.id !== id);
  const lane = rest.filter((m) => m.horizon === horizon);
  // The code it showed stays with it (frozen now if it was only derived).
  const moved = { ...card, horizon, code: card.code || milestoneCodes(p.milestones).get(id)! };
  const at = clamp(index, 0, lane.length);
  let insertAt: number;
  if (at < lane.length) insertAt = rest.indexOf(lane[at]!);
  else if (lane.length > 0) insertAt = rest.indexOf(lane[lane.length - 1]!) + 1;
  else insertAt = rest.length;
  const milestones = [...rest];
  milestones.splice(insertAt, 0, moved);
  return { ok: true, project: { ...p, milestones } };
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join('|') === [...b].sort().join('|');
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.max(lo, Math.min(hi, Math.trunc(n)));
}

function notFound(id: string): CommandResult {
  return { ok: false, errors: [refusal('ITEM_NOT_FOUND', { id })] };
}

/**
 * Commands that edit the same field of the same thing in quick succession merge into one undo
 * step, so undo removes a word or a sentence, not a single character.
 */
export function coalesceKey(cmd: Command): string | null {
  switch (cmd.type) {
    case 'list/add':
    case 'list/remove':
    case 'list/move':
    case 'milestone/move':
    case 'milestones/renumber':
    case 'stakeholder/place':
    case 'stakeholder/position':
    case 'stakeholder/positionRemove':
    case 'tie/decide':
    case 'tie/reopen':
    case 'batch':
    case 'reviews/set':
      return null;
    case 'list/update':
      return `${cmd.type}:${cmd.list}:${cmd.id}:${Object.keys(cmd.patch).sort().join(',')}`;
    case 'person/patch':
      return `${cmd.type}:${cmd.role}:${Object.keys(cmd.patch).sort().join(',')}`;
    case 'goal/patch':
      return `${cmd.type}:${cmd.horizon}:${Object.keys(cmd.patch).sort().join(',')}`;
    case 'seminar/patch':
      return `${cmd.type}:${cmd.seminar}:${Object.keys(cmd.patch).sort().join(',')}`;
    case 'title/set':
    case 'phase/set':
      return cmd.type;
    default:
      return `${cmd.type}:${Object.keys(cmd.patch).sort().join(',')}`;
  }
}
