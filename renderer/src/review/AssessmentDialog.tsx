/**
 * The examiner's lembar penilaian, beside the review notes: a score per component of the template
 * (the example shipped with the app, marked as such, until an organiser's template is loaded), the
 * weighted total and grade as they are typed (shared/assessment), a note, place and date. Kept in
 * the review (saved with "Simpan ulasan"), exported as DOCX or PDF through main's save dialog.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXAMPLE_TEMPLATE } from '../../../shared/assessment/example';
import { assessmentResult, newAssessment, withTemplate, type Assessment } from '../../../shared/assessment/sheet';
import { errorText, failText } from '../../../shared/errors';
import { formatNumber } from '../../../shared/format/numbers';
import { getApi } from '../api';
import { announce } from '../components/announce';
import { Modal } from '../components/Modal';
import { currentLang } from '../i18n';
import { useDocumentSelector } from '../state/useWorkspace';
import { useReview } from './ReviewContext';

export function AssessmentButton() {
  const { t } = useTranslation();
  const review = useReview();
  const [open, setOpen] = useState(false);
  if (review?.mode !== 'reviewer' || !review.current) return null;
  return (
    <>
      <button type="button" className="notes-import" onClick={() => setOpen(true)}>
        {t('assessment.open')}
      </button>
      {open && <AssessmentForm onClose={() => setOpen(false)} />}
    </>
  );
}

function AssessmentForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const review = useReview()!;
  const docId = useDocumentSelector((d) => d.doc?.docId ?? null);
  const [sheet, setSheet] = useState<Assessment>(review.current?.assessment ?? newAssessment(EXAMPLE_TEMPLATE));
  const [said, setSaid] = useState<{ text: string; error: boolean } | null>(null);
  // What loading a template did, shown under its button (the sheet scrolls; the bottom line may be out of sight).
  const [templateSaid, setTemplateSaid] = useState<{ text: string; error: boolean } | null>(null);
  const ids = { note: useId(), place: useId(), date: useId(), status: useId(), hint: useId() };
  // A sheet not yet begun starts on the organiser's template kept in settings, when one was loaded;
  // once a score or a template is chosen here, the kept one no longer replaces it.
  const touched = useRef(review.current?.assessment !== undefined);
  useEffect(() => {
    if (touched.current) return;
    let live = true;
    void getApi()
      .getAssessmentTemplate()
      .then((r) => {
        if (live && !touched.current && r.ok && r.value) setSheet((s) => withTemplate(s, r.value!));
      });
    return () => {
      live = false;
    };
  }, []);
  const lang = currentLang();
  const result = assessmentResult(sheet);
  const tpl = sheet.template;
  const setScore = (componentId: string, raw: string) => {
    touched.current = true;
    const v = raw.trim() === '' ? null : Number(raw.replace(',', '.'));
    setSheet((s) => ({
      ...s,
      scores: s.template.components.map((c) => ({
        componentId: c.id,
        note: '',
        score: c.id === componentId ? (v !== null && Number.isFinite(v) ? v : null) : (s.scores.find((x) => x.componentId === c.id)?.score ?? null),
      })),
    }));
  };
  const say = (text: string, error = false) => {
    setSaid({ text, error });
    announce(text);
  };
  const loadTemplate = async () => {
    const r = await getApi().loadAssessmentTemplate();
    const tell = (text: string, error = false) => {
      setTemplateSaid({ text, error });
      announce(text);
    };
    if (!r.ok) tell(lang === 'en' ? failText(r, 'en') : r.message, true);
    else if (r.value) {
      const template = r.value.template;
      touched.current = true;
      setSheet((s) => withTemplate(s, template));
      tell(t('assessment.templateLoaded', { name: template.name, n: String(template.components.length) }));
    }
  };
  const keep = () => {
    review.setAssessment(sheet);
    say(t('assessment.kept'));
  };
  const exportAs = async (format: 'docx' | 'pdf') => {
    if (!docId || !review.current) return;
    review.setAssessment(sheet);
    const r = await getApi().exportAssessment(docId, { ...review.current, assessment: sheet }, format);
    if (!r.ok) say(lang === 'en' ? errorText(r.code, r.params ?? {}, 'en') : r.message, true);
    else if (r.value) say(t('assessment.exported', { file: r.value.fileName }));
  };
  return (
    <Modal
      open
      title={t('assessment.title')}
      onClose={onClose}
      actions={
        <>
          <button type="button" onClick={() => void exportAs('docx')}>
            {t('assessment.exportDocx')}
          </button>
          <button type="button" onClick={() => void exportAs('pdf')}>
            {t('assessment.exportPdf')}
          </button>
          <button type="button" className="primary" onClick={keep}>
            {t('assessment.keep')}
          </button>
          <button type="button" onClick={onClose}>
            {t('assessment.close')}
          </button>
        </>
      }
    >
      <div className="assessment-form" data-testid="assessment-form">
        <div className="assessment-template-row">
          <p className="assessment-template" data-testid="assessment-template">
            <span className="visually-hidden">{t('assessment.templateLabel')}: </span>
            <strong>{tpl.name}</strong>
            {tpl.issuer && <span className="hint"> · {t('assessment.issuer', { issuer: tpl.issuer })}</span>}
          </p>
          <button type="button" onClick={() => void loadTemplate()} aria-describedby={ids.hint}>
            {t('assessment.loadTemplate')}
          </button>
          <span id={ids.hint} className="visually-hidden">
            {t('assessment.loadTemplateHint')}
          </span>
        </div>
        {templateSaid && (
          <p className={templateSaid.error ? 'message error' : 'hint'} role={templateSaid.error ? 'alert' : 'status'} data-testid="assessment-template-said">
            {templateSaid.text}
          </p>
        )}
        {tpl.example && <p className="message warning">{t('assessment.exampleWarning')}</p>}
        <table className="assessment-table">
          <thead>
            <tr>
              <th scope="col">{t('assessment.component')}</th>
              <th scope="col">{t('assessment.weight')}</th>
              <th scope="col">{t('assessment.score')}</th>
              <th scope="col">{t('assessment.weighted')}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.name}</th>
                <td>{formatNumber(row.weight, lang)}%</td>
                <td>
                  <input
                    type="number"
                    inputMode="decimal"
                    min={tpl.scoreMin}
                    max={tpl.scoreMax}
                    step="0.01"
                    value={row.score ?? ''}
                    aria-label={t('assessment.scoreLabel', { name: row.name, min: String(tpl.scoreMin), max: String(tpl.scoreMax) })}
                    aria-invalid={row.outOfRange || undefined}
                    onChange={(e) => setScore(row.id, e.target.value)}
                  />
                  {row.outOfRange && <span className="field-error"> {t('assessment.outOfRange')}</span>}
                </td>
                <td>{row.weighted === null ? '–' : formatNumber(row.weighted, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p aria-live="polite" data-testid="assessment-total">
          {result.total === null
            ? t('assessment.incomplete', { n: String(result.missing) })
            : `${t('assessment.total')}: ${formatNumber(result.total, lang)} · ${t('assessment.grade')}: ${result.grade ?? '–'}`}
        </p>
        <label htmlFor={ids.note}>{t('assessment.note')}</label>
        <textarea id={ids.note} maxLength={4000} rows={3} value={sheet.note} onChange={(e) => setSheet({ ...sheet, note: e.target.value })} />
        <label htmlFor={ids.place}>{t('assessment.place')}</label>
        <input id={ids.place} type="text" maxLength={200} value={sheet.place} onChange={(e) => setSheet({ ...sheet, place: e.target.value })} />
        <label htmlFor={ids.date}>{t('assessment.date')}</label>
        <input id={ids.date} type="date" value={sheet.date ?? ''} onChange={(e) => setSheet({ ...sheet, date: e.target.value || null })} />
        {said && (
          <p id={ids.status} className={said.error ? 'field-error' : undefined} role={said.error ? 'alert' : 'status'}>
            {said.text}
          </p>
        )}
      </div>
    </Modal>
  );
}
