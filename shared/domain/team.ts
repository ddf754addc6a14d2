/**
 * The effective team (tim efektif, docs/domain.md §5.6). Sponsor, mentor, coach and project leader are
 * the people already entered in the identity section: a team row links to that slot instead of
 * copying the name, so a correction there shows everywhere.
 */
import type { PersonRole, TeamRole } from '../model/enums';
import type { Person, Project, TeamMember } from '../model/types';

/** Which identity slot each leading team role normally links to. */
export const LINKED_ROLE: Record<Exclude<TeamRole, 'MEMBER'>, PersonRole> = {
  SPONSOR: 'sponsor',
  MENTOR: 'mentor',
  COACH: 'coach',
  PROJECT_LEADER: 'participant',
};

export function memberPerson(p: Project, m: TeamMember): Person {
  return m.personRole ? p.people[m.personRole] : m.person;
}

export function memberName(p: Project, m: TeamMember): string {
  return memberPerson(p, m).name.trim();
}

/** Leading roles not yet in the team whose person is already named in the identity section, in chart order. */
export function missingLinkedRoles(p: Project): Exclude<TeamRole, 'MEMBER'>[] {
  return (Object.keys(LINKED_ROLE) as Exclude<TeamRole, 'MEMBER'>[]).filter(
    (role) => !p.team.some((m) => m.role === role) && p.people[LINKED_ROLE[role]].name.trim() !== '',
  );
}
