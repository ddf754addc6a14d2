/** Konsultasi: the log of mentor and coach sessions (date, with whom, topic, result). */
import { useTranslation } from 'react-i18next';
import { blankItem } from '../../../../shared/domain/blank';
import { formatDateLong } from '../../../../shared/format/dates';
import { CONSULTANTS } from '../../../../shared/model/enums';
import { LIMITS } from '../../../../shared/model/limits';
import type { Consultation } from '../../../../shared/model/types';
import { ChoiceField } from '../../components/ChoiceField';
import { EditableList } from '../../components/EditableList';
import { DateField, TextField } from '../../components/Field';
import { Section } from '../../components/Section';
import { useEdit } from '../../components/useEdit';
import { currentLang } from '../../i18n';

export function ConsultationsSection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const lang = currentLang();
  const update = (id: string, patch: Partial<Consultation>) => dispatch({ type: 'list/update', list: 'consultations', id, patch });
  const sorted = [...p.consultations].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const isSorted = sorted.every((c, i) => c === p.consultations[i]);
  // Sorting is one undo step: the moves are applied together.
  const sortByDate = () => dispatch({ type: 'batch', commands: sorted.map((c, i) => ({ type: 'list/move', list: 'consultations', id: c.id, toIndex: i })) });
  return (
    <Section id="konsultasi" title={t('workspace.sections.konsultasi')} intro={t('records.consultIntro')}>
      {!readOnly && !isSorted && (
        <p>
          <button type="button" onClick={sortByDate}>
            {t('records.sortByDate')}
          </button>
        </p>
      )}
      <EditableList
        list="consultations"
        items={p.consultations}
        noun={t('records.consultNoun')}
        dispatch={dispatch}
        readOnly={readOnly}
        create={() => blankItem('consultations')}
        firstField="date"
        deps={[lang]}
        title={(c, i) => `${i + 1}. ${c.date ? formatDateLong(c.date, lang) : t('readiness.untitled')} — ${t(`terms.consultants.${c.with}`)}`}
        renderItem={(c) => (
          <div className="grid">
            <DateField label={t('records.date')} value={c.date} readOnly={readOnly} fieldName="date" onCommit={(date) => update(c.id, { date })} />
            <ChoiceField
              label={t('records.with')}
              value={c.with}
              allowNone={false}
              readOnly={readOnly}
              fieldName="with"
              options={CONSULTANTS.map((x) => ({ value: x, label: t(`terms.consultants.${x}`) }))}
              onCommit={(v) => v && update(c.id, { with: v })}
            />
            <TextField
              label={t('records.topic')}
              value={c.topic}
              max={LIMITS.shortText}
              readOnly={readOnly}
              fieldName="topic"
              onCommit={(topic) => update(c.id, { topic })}
            />
            <TextField
              label={t('records.result')}
              value={c.result}
              max={2000}
              multiline
              rows={2}
              readOnly={readOnly}
              fieldName="result"
              onCommit={(result) => update(c.id, { result })}
            />
          </div>
        )}
      />
    </Section>
  );
}
