/**
 * Pasca pelatihan — the organisers' twelve-month evaluation: each answer suggested from the
 * records, confirmed or rewritten by the user, then copied as text or printed in the
 * implementation report's table.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { suggestEvaluation } from '../../../shared/domain/postTraining/evaluation';
import type { Evaluation } from '../../../shared/model/postTraining';
import { evaluationText } from '../../../shared/report/postTraining/evaluation';
import { announce } from '../components/announce';
import { DateField, SelectField, TextField } from '../components/Field';
import { Section } from '../components/Section';
import { useEdit } from '../components/useEdit';
import { today } from './today';
import './aftercare.css';

const TEXT_KEYS = ['benefits', 'obstacles', 'support'] as const;

export function EvaluationSection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const [copyNote, setCopyNote] = useState('');
  const e = p.postTraining.evaluation;
  const suggested = suggestEvaluation(p, today());
  const patch = (patch: Partial<Evaluation>) => dispatch({ type: 'evaluation/patch', patch: { ...patch, answeredOn: e.answeredOn ?? today() } });
  const text = evaluationText(p);
  const useAll = () =>
    patch({
      ...(suggested.progressScale !== null && e.progressScale === null ? { progressScale: suggested.progressScale } : {}),
      ...Object.fromEntries(TEXT_KEYS.filter((k) => !e[k].trim() && suggested[k]).map((k) => [k, suggested[k]])),
    });
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyNote(t('aftercare.evaluation.copied'));
    } catch {
      setCopyNote(t('aftercare.evaluation.copyFailed'));
    }
    announce(t('aftercare.evaluation.copied'));
  };
  return (
    <Section id="pasca-evaluasi" title={t('workspace.sections.pasca-evaluasi')} intro={t('aftercare.evaluation.intro')}>
      {!readOnly && (
        <p>
          <button type="button" onClick={useAll} data-testid="evaluation-use-all">
            {t('aftercare.evaluation.useAll')}
          </button>
        </p>
      )}
      <div className="grid">
        <SelectField
          label={t('aftercare.evaluation.progress')}
          value={e.progressScale === null ? '' : String(e.progressScale)}
          disabled={readOnly}
          fieldName="progressScale"
          hint={
            suggested.progressScale === null
              ? t('aftercare.evaluation.noSuggestion')
              : t('aftercare.evaluation.suggestion', { text: t(`aftercare.evaluation.scale.${suggested.progressScale}` as 'aftercare.evaluation.scale.1') })
          }
          options={[{ value: '', label: '—' }, ...(['1', '2', '3', '4', '5'] as const).map((v) => ({ value: v, label: t(`aftercare.evaluation.scale.${v}`) }))]}
          onCommit={(v) => patch({ progressScale: v ? Number(v) : null })}
        />
        <DateField
          label={t('aftercare.evaluation.answeredOn')}
          value={e.answeredOn}
          readOnly={readOnly}
          fieldName="answeredOn"
          onCommit={(answeredOn) => dispatch({ type: 'evaluation/patch', patch: { answeredOn } })}
        />
      </div>
      {TEXT_KEYS.map((k) => (
        <div key={k} className="aftercare-answer">
          <TextField
            label={t(`aftercare.evaluation.${k}`)}
            value={e[k]}
            max={2000}
            multiline
            rows={3}
            wide
            readOnly={readOnly}
            fieldName={k}
            hint={suggested[k] ? t('aftercare.evaluation.suggestion', { text: suggested[k] }) : t('aftercare.evaluation.noSuggestion')}
            onCommit={(v) => patch({ [k]: v })}
          />
          {!readOnly && suggested[k] && suggested[k] !== e[k] && (
            <button type="button" className="small" onClick={() => patch({ [k]: suggested[k] })}>
              {t('aftercare.evaluation.useSuggestion')}
              <span className="visually-hidden"> — {t(`aftercare.evaluation.${k}`)}</span>
            </button>
          )}
        </div>
      ))}
      <h3 id="evaluation-text-title">{t('aftercare.evaluation.textTitle')}</h3>
      <textarea className="evaluation-text" readOnly rows={12} value={text} aria-labelledby="evaluation-text-title" data-testid="evaluation-text" />
      <p>
        <button type="button" onClick={() => void copy()}>
          {t('aftercare.evaluation.copy')}
        </button>{' '}
        {copyNote && (
          <span role="status" className="hint">
            {copyNote}
          </span>
        )}
      </p>
      <p className="hint">{t('aftercare.evaluation.inReport')}</p>
    </Section>
  );
}
