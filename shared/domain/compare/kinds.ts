/** What each kind of item is called and which of its fields the compare looks at. */
import { lineTotal } from '../budget';
import type { BudgetLine, Issue, Milestone, Risk, Stakeholder, StakeholderPosition, TeamMember } from '../../model/types';
import type { ItemKind } from './items';

const position = (p: StakeholderPosition) => `${p.power ?? '–'}/${p.interest ?? '–'}${p.attitude ? ` ${p.attitude}` : ''}`;

export const ISSUE_KIND: ItemKind<Issue> = {
  label: (i) => i.statement,
  fields: (i) => ({
    statement: i.statement,
    source: i.source,
    apkl: `${i.apklScores.A ?? '–'}/${i.apklScores.P ?? '–'}/${i.apklScores.K ?? '–'}/${i.apklScores.L ?? '–'}`,
    usg: `${i.usg.U ?? '–'}/${i.usg.S ?? '–'}/${i.usg.G ?? '–'}`,
  }),
};

export const MILESTONE_KIND: ItemKind<Milestone> = {
  label: (m) => [m.code, m.title].filter(Boolean).join(' '),
  fields: (m) => ({
    horizon: m.horizon,
    code: m.code,
    title: m.title,
    start: m.start,
    end: m.end,
    output: m.output,
    indicator: m.indicator,
    activities: m.activities.join('; '),
    status: m.status,
    achievementPct: m.achievementPct,
    actualStart: m.actualStart,
    actualEnd: m.actualEnd,
    notes: m.notes,
  }),
  // A card moved to another lane is given a new code; neither is an edit of what it says.
  placeFields: ['horizon', 'code'],
};

export const STAKEHOLDER_KIND: ItemKind<Stakeholder> = {
  label: (s) => s.name,
  fields: (s) => ({
    name: s.name,
    category: s.category,
    role: s.role,
    before: position(s.before),
    after: position(s.after),
    strategy: s.strategy,
    commChannel: s.commChannel,
  }),
  // Dragging a card to another cell of the map is a move.
  placeFields: ['before', 'after'],
};

export const BUDGET_KIND: ItemKind<BudgetLine> = {
  label: (l) => l.item,
  fields: (l) => ({ item: l.item, volume: l.volume, unit: l.unit, unitCost: l.unitCost, total: lineTotal(l), source: l.source }),
};

export const RISK_KIND: ItemKind<Risk> = {
  label: (r) => r.description,
  fields: (r) => ({ description: r.description, type: r.type, likelihood: r.likelihood, impact: r.impact, mitigation: r.mitigation }),
};

export const TEAM_KIND: ItemKind<TeamMember> = {
  label: (m) => m.person.name,
  fields: (m) => ({ name: m.person.name, role: m.role, memberRole: m.memberRole, tasks: m.tasks }),
};
