/** Identity and calendar: the programme (which sets every label), the title, the five people, the dates. */
import { useTranslation } from 'react-i18next';
import { inclusiveDays } from '../../../../shared/format/dates';
import { PERSON_ROLES, PHASES, PROGRAMME_CODES } from '../../../../shared/model/enums';
import { LIMITS } from '../../../../shared/model/limits';
import { PROGRAMMES, productLabel } from '../../../../shared/model/programmes';
import type { Calendar } from '../../../../shared/model/types';
import { DateField, NumberField, SelectField, TextField } from '../../components/Field';
import { useEdit } from '../../components/useEdit';
import { FirstSteps } from '../../firstSteps/FirstSteps';
import { PersonFields } from './PersonFields';
import { DATE_YEARS, PROGRAMME_YEAR_MIN } from '../../../../shared/model/limits';

const CALENDAR_FIELDS = ['opening', 'seminarRancangan', 'offCampusStart', 'offCampusEnd', 'finalOnCampusStart', 'seminarLaporan', 'closing'] as const;

export function IdentitySection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly: ro } = useEdit();
  const info = PROGRAMMES[p.programme.code];
  const product = productLabel(p.programme);
  const cal = p.calendar;
  const offDays = inclusiveDays(cal.offCampusStart, cal.offCampusEnd);
  const reversed = !!(cal.offCampusStart && cal.offCampusEnd && cal.offCampusEnd < cal.offCampusStart);
  const setCalendar = (patch: Partial<Omit<Calendar, 'holidays'>>) => dispatch({ type: 'calendar/patch', patch });

  return (
    <section className="section" aria-labelledby="identity-title">
      <h2 id="identity-title" tabIndex={-1}>
        {t('identity.sectionTitle')}
      </h2>
      <FirstSteps section="identitas" />

      <fieldset>
        <legend>{t('identity.projectGroup')}</legend>
        <div className="grid">
          <TextField
            label={t('identity.title', { product })}
            value={p.title}
            max={LIMITS.title}
            readOnly={ro}
            multiline
            rows={2}
            hint={t('identity.titleHint')}
            fieldName="title"
            onCommit={(value) => dispatch({ type: 'title/set', value })}
          />
          <SelectField
            label={t('identity.phase')}
            value={p.phase}
            disabled={ro}
            fieldName="phase"
            options={PHASES.map((v) => ({ value: v, label: t(`identity.phases.${v}`) }))}
            onCommit={(value) => dispatch({ type: 'phase/set', value })}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('identity.programmeGroup')}</legend>
        <div className="grid">
          <SelectField
            label={t('identity.programme')}
            value={p.programme.code}
            disabled={ro}
            fieldName="programme.code"
            options={PROGRAMME_CODES.map((c) => ({
              value: c,
              label: `${PROGRAMMES[c].shortName} — ${PROGRAMMES[c].name}${PROGRAMMES[c].formerly ? ` (${t('identity.formerly', { name: PROGRAMMES[c].formerly })})` : ''}`,
            }))}
            onCommit={(code) => dispatch({ type: 'programme/patch', patch: { code } })}
          />
          <TextField
            label={t('identity.productLabel')}
            value={p.programme.productLabelOverride}
            max={200}
            readOnly={ro}
            hint={t('identity.productLabelHint', { label: info.productLabel })}
            placeholder={info.productLabel}
            fieldName="programme.productLabelOverride"
            onCommit={(productLabelOverride) => dispatch({ type: 'programme/patch', patch: { productLabelOverride } })}
          />
          <TextField
            label={t('identity.nameOverride')}
            value={p.programme.nameOverride}
            max={300}
            readOnly={ro}
            hint={t('identity.nameOverrideHint', { name: info.name })}
            placeholder={info.name}
            fieldName="programme.nameOverride"
            onCommit={(nameOverride) => dispatch({ type: 'programme/patch', patch: { nameOverride } })}
          />
          <TextField
            label={t('identity.regulation')}
            value={p.programme.regulation}
            max={300}
            readOnly={ro}
            placeholder={info.regulation}
            fieldName="programme.regulation"
            onCommit={(regulation) => dispatch({ type: 'programme/patch', patch: { regulation } })}
          />
          <TextField
            label={t('identity.angkatan')}
            value={p.programme.angkatan}
            max={20}
            readOnly={ro}
            hint={t('identity.angkatanHint')}
            fieldName="programme.angkatan"
            onCommit={(angkatan) => dispatch({ type: 'programme/patch', patch: { angkatan } })}
          />
          <NumberField
            label={t('identity.year')}
            value={p.programme.year}
            min={PROGRAMME_YEAR_MIN}
            max={DATE_YEARS.max}
            integer
            readOnly={ro}
            fieldName="programme.year"
            onCommit={(year) => dispatch({ type: 'programme/patch', patch: { year } })}
          />
          <TextField
            label={t('identity.organiserParent')}
            value={p.programme.organiserParent}
            max={300}
            readOnly={ro}
            hint={t('identity.organiserParentHint')}
            fieldName="programme.organiserParent"
            onCommit={(organiserParent) => dispatch({ type: 'programme/patch', patch: { organiserParent } })}
          />
          <TextField
            label={t('identity.organiser')}
            value={p.programme.organiser}
            max={300}
            readOnly={ro}
            wide
            fieldName="programme.organiser"
            onCommit={(organiser) => dispatch({ type: 'programme/patch', patch: { organiser } })}
          />
          <TextField
            label={t('identity.city')}
            value={p.programme.city}
            max={100}
            readOnly={ro}
            fieldName="programme.city"
            onCommit={(city) => dispatch({ type: 'programme/patch', patch: { city } })}
          />
          <NumberField
            label={t('identity.cohortSize')}
            value={p.programme.participantsInCohort}
            min={0}
            max={10000}
            integer
            readOnly={ro}
            fieldName="programme.participantsInCohort"
            onCommit={(participantsInCohort) => dispatch({ type: 'programme/patch', patch: { participantsInCohort } })}
          />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t('identity.peopleGroup')}</legend>
        {PERSON_ROLES.map((role) => (
          <PersonFields key={role} role={role} person={p.people[role]} readOnly={ro} onPatch={(patch) => dispatch({ type: 'person/patch', role, patch })} />
        ))}
      </fieldset>

      <fieldset>
        <legend>{t('identity.calendarGroup')}</legend>
        <p className="hint">{t('identity.calendarHint')}</p>
        <div className="grid">
          {CALENDAR_FIELDS.map((f) => (
            <DateField
              key={f}
              label={t(`identity.calendar.${f}`)}
              value={cal[f]}
              readOnly={ro}
              fieldName={`calendar.${f}`}
              error={f === 'offCampusEnd' && reversed ? t('identity.offCampusReversed') : undefined}
              onCommit={(v) => setCalendar({ [f]: v })}
            />
          ))}
        </div>
        {offDays !== null && (
          <p className="hint" data-testid="off-campus-days">
            {t('identity.offCampusDays', { days: String(offDays) })}
          </p>
        )}
      </fieldset>
    </section>
  );
}
