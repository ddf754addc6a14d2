/** One person: name with titles, NIP (checked and shown grouped), pangkat/golongan, jabatan, unit, instansi. */
import { useTranslation } from 'react-i18next';
import { groupNip, nipDigits, nipProblems } from '../../../../shared/format/nip';
import type { PersonRole } from '../../../../shared/model/enums';
import type { Person } from '../../../../shared/model/types';
import { TextField } from '../../components/Field';
import { GOLONGAN } from './golongan';

interface Props {
  role: PersonRole;
  person: Person;
  readOnly: boolean;
  onPatch(patch: Partial<Person>): void;
}

export function PersonFields({ role, person, readOnly, onPatch }: Props) {
  const { t } = useTranslation();
  const problems = nipProblems(person.nip);
  const digits = nipDigits(person.nip);
  const nipWarning = problems.length
    ? problems.map((p) => t(`identity.nip.${p}`, { n: String(digits.length) })).join(' ')
    : digits.length === 18
      ? t('identity.nip.grouped', { nip: groupNip(person.nip) })
      : undefined;
  const listId = `golongan-${role}`;
  return (
    <fieldset className="person" data-role={role}>
      <legend>{t(`identity.roles.${role}`)}</legend>
      <div className="grid">
        <TextField
          label={t('identity.person.name')}
          value={person.name}
          max={200}
          readOnly={readOnly}
          wide
          fieldName={`${role}.name`}
          onCommit={(name) => onPatch({ name })}
        />
        <TextField
          label={t('identity.person.nip')}
          value={person.nip}
          max={40}
          readOnly={readOnly}
          fieldName={`${role}.nip`}
          hint={t('identity.nip.hint')}
          warning={nipWarning}
          normalise={(v) => (/^[\d\s]*$/.test(v) ? v.replace(/\s+/g, '') : v)}
          display={groupNip}
          onCommit={(nip) => onPatch({ nip })}
        />
        <div className="field">
          <label htmlFor={`${listId}-input`}>{t('identity.person.golongan')}</label>
          <input
            id={`${listId}-input`}
            list={listId}
            value={person.golongan}
            readOnly={readOnly}
            maxLength={20}
            data-field={`${role}.golongan`}
            onChange={(e) => {
              const golongan = e.target.value;
              const known = GOLONGAN.find((g) => g.golongan === golongan);
              onPatch(known && !person.pangkat ? { golongan, pangkat: known.pangkat } : { golongan });
            }}
          />
          <datalist id={listId}>
            {GOLONGAN.map((g) => (
              <option key={g.golongan} value={g.golongan}>
                {g.pangkat}
              </option>
            ))}
          </datalist>
        </div>
        <TextField
          label={t('identity.person.pangkat')}
          value={person.pangkat}
          max={100}
          readOnly={readOnly}
          fieldName={`${role}.pangkat`}
          onCommit={(pangkat) => onPatch({ pangkat })}
        />
        <TextField
          label={t('identity.person.jabatan')}
          value={person.jabatan}
          max={1000}
          readOnly={readOnly}
          wide
          fieldName={`${role}.jabatan`}
          onCommit={(jabatan) => onPatch({ jabatan })}
        />
        <TextField
          label={t('identity.person.unitKerja')}
          value={person.unitKerja}
          max={1000}
          readOnly={readOnly}
          fieldName={`${role}.unitKerja`}
          onCommit={(unitKerja) => onPatch({ unitKerja })}
        />
        <TextField
          label={t('identity.person.instansi')}
          value={person.instansi}
          max={1000}
          readOnly={readOnly}
          fieldName={`${role}.instansi`}
          onCommit={(instansi) => onPatch({ instansi })}
        />
        {role === 'participant' && (
          <TextField
            label={t('identity.person.participantNo')}
            value={person.participantNo}
            max={40}
            readOnly={readOnly}
            fieldName={`${role}.participantNo`}
            onCommit={(participantNo) => onPatch({ participantNo })}
          />
        )}
      </div>
    </fieldset>
  );
}
