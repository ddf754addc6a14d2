/**
 * A finding as one sentence in the user's language. Codes carry raw params (a person slot such as
 * "mentor", a horizon such as "PENDEK", or text the user wrote); this turns them into words.
 */
import type { TFunction } from 'i18next';
import type { ReadinessFinding } from '../../../shared/domain/readiness';
import type { Beneficiary, Horizon, PersonRole, TeamRole } from '../../../shared/model/enums';

/** Long statements are quoted and shortened, so a finding stays one readable line. */
const MAX_QUOTE = 70;

export function findingText(t: TFunction, f: ReadinessFinding): string {
  const p = f.params ?? {};
  const quote = (v: unknown) => {
    const s = String(v ?? '')
      .trim()
      .replace(/\s+/g, ' ');
    if (!s) return t('readiness.untitled');
    return `“${s.length > MAX_QUOTE ? `${s.slice(0, MAX_QUOTE - 1)}…` : s}”`;
  };
  const values: Record<string, string> = { count: String(p['count'] ?? '') };
  for (const key of ['issue', 'milestone', 'stakeholder', 'item', 'risk', 'name']) values[key] = quote(p[key]);
  if (p['horizon']) values['horizon'] = t(`terms.horizons.${p['horizon'] as Horizon}`).toLowerCase();
  if (p['beneficiary']) values['beneficiary'] = t(`terms.beneficiaries.${p['beneficiary'] as Beneficiary}`).toLowerCase();
  if (p['field']) values['field'] = t(`identity.calendar.${p['field'] as 'opening'}`);
  if (p['role']) {
    values['role'] =
      f.code === 'TEAM_ROLE_MISSING' ? t(`terms.teamRoles.${p['role'] as TeamRole}`) : t(`identity.roles.${p['role'] as PersonRole}`).toLowerCase();
  }
  // i18next's key types read "_" as a context separator (NO_TITLE → NO + context TITLE), which
  // rejects interpolation options on these keys; the keys exist literally, as a test checks.
  const translate = t as unknown as (key: string, options: Record<string, string>) => string;
  return translate(`readiness.codes.${f.code}`, values);
}
