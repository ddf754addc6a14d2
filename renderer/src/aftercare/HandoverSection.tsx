/**
 * Pasca pelatihan — "Serah terima proyek": the successor's copy (new leader, the team and the
 * history kept, the handover recorded with the day and both names) saved where the user chooses,
 * and the one-page summary as DOCX or PDF.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../shared/errors';
import { handoverCopy, handoverProblems, handoverRecord } from '../../../shared/domain/postTraining/handover';
import { formatDateLong } from '../../../shared/format/dates';
import type { ExportFormat } from '../../../shared/ipc';
import type { Fail } from '../../../shared/result';
import { DEFAULT_EXPORT_OPTIONS } from '../../../shared/report/context';
import { announce } from '../components/announce';
import { Section } from '../components/Section';
import { useEdit } from '../components/useEdit';
import { currentLang } from '../i18n';
import { useWorkspaceStore } from '../state/useWorkspace';
import { today } from './today';
import './aftercare.css';

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; text: string } | { kind: 'note'; text: string } | { kind: 'failed'; text: string };

export function HandoverSection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const store = useWorkspaceStore();
  const lang = currentLang();
  const ids = { name: useId(), nip: useId(), jabatan: useId(), date: useId(), note: useId(), readOnly: useId() };
  const [successor, setSuccessor] = useState({ name: '', nip: '', jabatan: '' });
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const failureText = (f: Fail) => (lang === 'en' ? errorText(f.code, f.params ?? {}, 'en') : f.message);
  const input = { date, successor, note };
  const problems = handoverProblems(input);

  const make = async () => {
    if (readOnly) return;
    if (problems.length) {
      setOutcome({ kind: 'failed', text: problems.map((x) => t(x === 'NO_NAME' ? 'aftercare.handover.needName' : 'aftercare.handover.needDate')).join(' ') });
      return;
    }
    setOutcome({ kind: 'busy' });
    const record = handoverRecord(p, input);
    const copy = handoverCopy(p, record, successor);
    const r = await store.saveHandoverCopy(copy, `Serah terima ${p.breakthrough.name.trim() || p.title.trim()} ${successor.name}`.slice(0, 120));
    if (!r.ok) return setOutcome({ kind: 'failed', text: failureText(r) });
    if (r.value === null) return setOutcome({ kind: 'note', text: t('aftercare.handover.cancelled') });
    // This file keeps the record too: whoever opens it later sees it was handed over.
    dispatch({ type: 'list/add', list: 'handovers', item: record });
    const text = t('aftercare.handover.made', { file: r.value.fileName, folder: r.value.folder });
    setOutcome({ kind: 'done', text });
    announce(text);
  };

  const exportSummary = async (format: ExportFormat) => {
    setOutcome({ kind: 'busy' });
    const r = await store.exporter.exportReport({
      project: p,
      kind: 'laporan',
      options: DEFAULT_EXPORT_OPTIONS,
      suggestedName: `Ringkasan serah terima ${p.breakthrough.name.trim() || p.title.trim()}`.slice(0, 120),
      format,
      document: 'serah-terima',
      asOf: today(),
    });
    if (!r.ok) return setOutcome({ kind: 'failed', text: failureText(r) });
    if (r.value === null) return setOutcome({ kind: 'note', text: t('aftercare.handover.cancelled') });
    setOutcome({ kind: 'done', text: t('aftercare.handover.exported', { file: r.value.fileName }) });
  };

  const field = (id: string, label: string, value: string, set: (v: string) => void, max: number, name: string) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} maxLength={max} data-field={name} onChange={(e) => set(e.target.value)} />
    </div>
  );

  return (
    <Section id="pasca-serah-terima" title={t('workspace.sections.pasca-serah-terima')} intro={t('aftercare.handover.intro')}>
      {/* Someone else's file (or the sample) is not handed over from here: the whole form is inactive. */}
      <fieldset className="aftercare-block" disabled={readOnly} aria-describedby={readOnly ? ids.readOnly : undefined}>
        <legend>{t('aftercare.handover.successor')}</legend>
        {readOnly && (
          <p className="hint" id={ids.readOnly} data-testid="handover-readonly">
            {t('aftercare.handover.readOnlyNote')}
          </p>
        )}
        <p className="hint">{t('aftercare.handover.from', { name: p.people.participant.name || '—' })}</p>
        <div className="grid">
          {field(ids.name, t('aftercare.handover.name'), successor.name, (name) => setSuccessor({ ...successor, name }), 200, 'successor.name')}
          {field(ids.nip, t('aftercare.handover.nip'), successor.nip, (nip) => setSuccessor({ ...successor, nip }), 40, 'successor.nip')}
          {field(
            ids.jabatan,
            t('aftercare.handover.jabatan'),
            successor.jabatan,
            (jabatan) => setSuccessor({ ...successor, jabatan }),
            1000,
            'successor.jabatan',
          )}
          <div className="field">
            <label htmlFor={ids.date}>{t('aftercare.handover.date')}</label>
            <input id={ids.date} type="date" value={date} data-field="handover.date" onChange={(e) => setDate(e.target.value)} />
          </div>
          <div className="field wide">
            <label htmlFor={ids.note}>{t('aftercare.handover.note')}</label>
            <textarea id={ids.note} rows={2} maxLength={2000} value={note} data-field="handover.note" onChange={(e) => setNote(e.target.value)} />
          </div>
        </div>
        <button type="button" className="primary" onClick={() => void make()} disabled={outcome.kind === 'busy'} data-testid="handover-make">
          {t('aftercare.handover.make')}
        </button>
      </fieldset>
      <div aria-live="polite" data-testid="handover-outcome">
        {outcome.kind === 'busy' && <p className="hint">{t('aftercare.handover.making')}</p>}
        {outcome.kind === 'done' && <p className="message info">{outcome.text}</p>}
        {outcome.kind === 'note' && <p className="hint">{outcome.text}</p>}
        {outcome.kind === 'failed' && (
          <p className="message error" role="alert">
            {outcome.text}
          </p>
        )}
      </div>
      <section className="aftercare-block" aria-labelledby="handover-summary-title">
        <h3 id="handover-summary-title">{t('aftercare.handover.summary')}</h3>
        <button type="button" onClick={() => void exportSummary('docx')} disabled={outcome.kind === 'busy'}>
          {t('aftercare.handover.summaryDocx')}
        </button>{' '}
        <button type="button" onClick={() => void exportSummary('pdf')} disabled={outcome.kind === 'busy'}>
          {t('aftercare.handover.summaryPdf')}
        </button>
      </section>
      <section className="aftercare-block" aria-labelledby="handover-history-title">
        <h3 id="handover-history-title">{t('aftercare.handover.history')}</h3>
        {p.postTraining.handovers.length === 0 ? (
          <p className="hint">{t('aftercare.handover.noHistory')}</p>
        ) : (
          <ul data-testid="handover-history">
            {p.postTraining.handovers.map((h) => (
              <li key={h.id}>{t('aftercare.handover.record', { date: h.date ? formatDateLong(h.date, lang) : '—', from: h.fromName || '—', to: h.toName })}</li>
            ))}
          </ul>
        )}
      </section>
    </Section>
  );
}
