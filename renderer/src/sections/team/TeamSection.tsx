/** Tim efektif: sponsor, mentor, coach and project leader linked to the identity section, and the members with roles and tasks. */
import { useTranslation } from 'react-i18next';
import { blankItem } from '../../../../shared/domain/blank';
import { LINKED_ROLE, memberName, missingLinkedRoles } from '../../../../shared/domain/team';
import { groupNip } from '../../../../shared/format/nip';
import { PERSON_ROLES, TEAM_ROLES, type PersonRole } from '../../../../shared/model/enums';
import type { Person, TeamMember } from '../../../../shared/model/types';
import { focusLater } from '../../components/announce';
import { ChoiceField } from '../../components/ChoiceField';
import { TeamPicture } from '../../boards/team/TeamPicture';
import { EditableList } from '../../components/EditableList';
import { TextField } from '../../components/Field';
import { Section } from '../../components/Section';
import { useEdit } from '../../components/useEdit';
import { ItemNotes } from '../../review/ItemNotes';

const OWN = 'own';
const PERSON_FIELDS = [
  ['name', 200],
  ['nip', 40],
  ['jabatan', 1000],
  ['unitKerja', 1000],
] as const;

export function TeamSection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const missing = missingLinkedRoles(p);
  const update = (id: string, patch: Partial<TeamMember>) => dispatch({ type: 'list/update', list: 'team', id, patch });
  const roleLabel = (m: TeamMember) => (m.role === 'MEMBER' && m.memberRole.trim() ? m.memberRole.trim() : t(`terms.teamRoles.${m.role}`));

  const addLinked = () => {
    const items = missing.map((role) => blankItem('team', { role, personRole: LINKED_ROLE[role] }));
    // Leading roles go before the members, in chart order.
    const at = p.team.findIndex((m) => m.role === 'MEMBER');
    dispatch({ type: 'batch', commands: items.map((item, i) => ({ type: 'list/add', list: 'team', item, index: at < 0 ? undefined : at + i })) });
    focusLater(`[data-item="${items[0]!.id}"] [data-field="tasks"]`);
  };

  return (
    <Section id="tim" title={t('workspace.sections.tim')} intro={t('organisation.teamIntro')}>
      {!readOnly && missing.length > 0 && (
        <p>
          <button type="button" onClick={addLinked} data-testid="add-linked">
            + {t('organisation.addLinked', { roles: missing.map((r) => t(`terms.teamRoles.${r}`)).join(', ') })}
          </button>
        </p>
      )}
      <EditableList
        list="team"
        items={p.team}
        noun={t('organisation.teamNoun')}
        dispatch={dispatch}
        readOnly={readOnly}
        create={() => blankItem('team')}
        firstField="person.name"
        deps={[p.people]}
        title={(m, i) => `${i + 1}. ${memberName(p, m) || t('readiness.untitled')} — ${roleLabel(m)}`}
        renderItem={(m) => (
          <>
            <ItemNotes kind="TEAM_MEMBER" id={m.id} what={`${memberName(p, m) || t('readiness.untitled')} — ${roleLabel(m)}`} />
            <div className="grid">
              <ChoiceField
                label={t('organisation.role')}
                value={m.role}
                allowNone={false}
                readOnly={readOnly}
                fieldName="role"
                options={TEAM_ROLES.map((r) => ({ value: r, label: t(`terms.teamRoles.${r}`) }))}
                onCommit={(role) => role && update(m.id, { role })}
              />
              <ChoiceField
                label={t('organisation.personSource')}
                value={m.personRole ?? OWN}
                allowNone={false}
                readOnly={readOnly}
                fieldName="personRole"
                options={[
                  { value: OWN, label: t('organisation.personOwn') },
                  ...PERSON_ROLES.map((r) => ({ value: r, label: t('organisation.personFromIdentity', { role: t(`identity.roles.${r}`) }) })),
                ]}
                onCommit={(v) => update(m.id, { personRole: v === OWN || v === null ? null : v })}
              />
              {m.role === 'MEMBER' && (
                <TextField
                  label={t('organisation.memberRole')}
                  hint={t('organisation.memberRoleHint')}
                  value={m.memberRole}
                  max={200}
                  readOnly={readOnly}
                  fieldName="memberRole"
                  onCommit={(memberRole) => update(m.id, { memberRole })}
                />
              )}
            </div>
            {m.personRole ? (
              <LinkedPerson person={p.people[m.personRole]} role={m.personRole} />
            ) : (
              <div className="grid">
                {PERSON_FIELDS.map(([f, max]) => (
                  <TextField
                    key={f}
                    label={t(`organisation.${f}`)}
                    value={m.person[f]}
                    max={max}
                    readOnly={readOnly}
                    fieldName={`person.${f}`}
                    onCommit={(v) => update(m.id, { person: { ...m.person, [f]: v } })}
                  />
                ))}
              </div>
            )}
            <TextField
              label={t('organisation.tasks')}
              value={m.tasks}
              max={2000}
              multiline
              rows={2}
              readOnly={readOnly}
              fieldName="tasks"
              onCommit={(tasks) => update(m.id, { tasks })}
            />
          </>
        )}
      />
      <TeamPicture project={p} />
    </Section>
  );
}

function LinkedPerson({ person, role }: { person: Person; role: PersonRole }) {
  const { t } = useTranslation();
  const roleName = t(`identity.roles.${role}`);
  return (
    <div className="linked-person">
      {person.name.trim() ? (
        <p>
          <strong>{person.name}</strong>
          {person.nip && (
            <>
              {' '}
              · {t('organisation.nip')} {groupNip(person.nip)}
            </>
          )}
          {person.jabatan && <> · {person.jabatan}</>}
        </p>
      ) : (
        <p className="message warning">{t('organisation.linkedEmpty', { role: roleName.toLowerCase() })}</p>
      )}
      <p className="hint">{t('organisation.linkedHint')}</p>
    </div>
  );
}
