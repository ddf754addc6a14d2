/** Team members as choices (person in charge, owner): "Dedi Kurniawan, S.E. — Anggota (Koordinator teknis)". */
import type { TFunction } from 'i18next';
import { memberName } from '../../../../shared/domain/team';
import type { Project } from '../../../../shared/model/types';

export function teamOptions(t: TFunction, p: Project): { value: string; label: string }[] {
  return p.team.map((m) => {
    const role = m.role === 'MEMBER' && m.memberRole.trim() ? `${t('terms.teamRoles.MEMBER')}: ${m.memberRole.trim()}` : t(`terms.teamRoles.${m.role}`);
    return { value: m.id, label: `${memberName(p, m) || t('readiness.untitled')} — ${role}` };
  });
}
