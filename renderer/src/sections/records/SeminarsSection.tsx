/**
 * Seminar rancangan and seminar laporan. The planned date comes from the training calendar; the
 * date held is recorded here only when it differs, and the examiner is the one in Identity.
 */
import { useTranslation } from 'react-i18next';
import { blankItem } from '../../../../shared/domain/blank';
import { formatDateLong } from '../../../../shared/format/dates';
import { SEMINAR_OUTCOMES, SEMINAR_TYPES, type SeminarType } from '../../../../shared/model/enums';
import type { Seminar } from '../../../../shared/model/types';
import { ChoiceField } from '../../components/ChoiceField';
import { EditableList } from '../../components/EditableList';
import { DateField, TextField } from '../../components/Field';
import { RichTextField } from '../../components/RichTextField';
import { Section } from '../../components/Section';
import { useEdit } from '../../components/useEdit';
import { currentLang } from '../../i18n';

const PLANNED = { RANCANGAN: 'seminarRancangan', LAPORAN: 'seminarLaporan' } as const;

export function SeminarsSection() {
  const { t } = useTranslation();
  return (
    <Section id="seminar" title={t('workspace.sections.seminar')} intro={t('records.seminarIntro')}>
      {SEMINAR_TYPES.map((type) => (
        <SeminarFields key={type} type={type} />
      ))}
    </Section>
  );
}

function SeminarFields({ type }: { type: SeminarType }) {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const lang = currentLang();
  const examiner = p.people.examiner.name.trim();
  const s = p.seminars[type];
  const planned = p.calendar[PLANNED[type]];
  const patch = (change: Partial<Omit<Seminar, 'revisionNotes'>>) => dispatch({ type: 'seminar/patch', seminar: type, patch: change });
  const list = `revisionNotes${type}` as const;
  const resolved = s.revisionNotes.filter((n) => n.resolved).length;
  return (
    <fieldset className="seminar" data-seminar={type}>
      <legend>{t(`terms.seminarTypes.${type}`)}</legend>
      <div className="grid">
        <DateField
          label={t('records.seminarDate')}
          value={s.date}
          readOnly={readOnly}
          fieldName={`seminars.${type}.date`}
          hint={[
            planned ? t('records.plannedDate', { date: formatDateLong(planned, lang) }) : t('records.noPlannedDate'),
            s.date ? t('records.dateLong', { date: formatDateLong(s.date, lang) }) : '',
          ]
            .filter(Boolean)
            .join(' ')}
          onCommit={(date) => patch({ date })}
        />
        <ChoiceField
          label={t('records.outcome')}
          value={s.outcome}
          allowNone={false}
          readOnly={readOnly}
          fieldName={`seminars.${type}.outcome`}
          options={SEMINAR_OUTCOMES.map((o) => ({ value: o, label: t(`terms.seminarOutcomes.${o}`) }))}
          onCommit={(outcome) => outcome && patch({ outcome })}
        />
        <div className="field">
          <p className="field-label">{t('records.examiner')}</p>
          <p>{examiner ? t('records.examinerValue', { name: examiner }) : <span className="message warning">{t('records.examinerNone')}</span>}</p>
        </div>
      </div>
      <RichTextField
        label={t('records.notes')}
        value={s.notes}
        readOnly={readOnly}
        fieldName={`seminars.${type}.notes`}
        rows={4}
        onCommit={(notes) => patch({ notes })}
      />
      <h3 className="subheading">{t('records.revisions')}</h3>
      {s.revisionNotes.length > 0 && (
        <p className="hint">{t('records.revisionStatus', { resolved: String(resolved), total: String(s.revisionNotes.length) })}</p>
      )}
      <EditableList
        list={list}
        items={s.revisionNotes}
        noun={t('records.revisionNoun')}
        dispatch={dispatch}
        readOnly={readOnly}
        groupKey={type}
        headingLevel={4}
        create={() => blankItem(list)}
        firstField="text"
        compact
        renderItem={(note, i) => (
          <div className="revision">
            <TextField
              label={`${t('records.revisionText')} ${i + 1}`}
              hideLabel
              value={note.text}
              max={2000}
              readOnly={readOnly}
              wide
              fieldName="text"
              onCommit={(text) => dispatch({ type: 'list/update', list, id: note.id, patch: { text } })}
            />
            <label className="checkbox">
              <input
                type="checkbox"
                checked={note.resolved}
                disabled={readOnly}
                data-field="resolved"
                onChange={(e) => dispatch({ type: 'list/update', list, id: note.id, patch: { resolved: e.target.checked } })}
              />
              <span>{t('records.resolved')}</span>
            </label>
          </div>
        )}
      />
    </fieldset>
  );
}
