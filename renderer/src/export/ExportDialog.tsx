/**
 * Export: choose the document (rancangan or laporan) and its optional parts, see the readiness
 * check for that document ("Ekspor tetap" when something must still be fixed), then main asks
 * where to save, builds the DOCX and reports where it went, with "Buka folder". Works in the
 * read-only (examiner) view too: exporting never changes the project file.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText, failText } from '../../../shared/errors';
import { readinessFindings, type ReadinessFinding, type ReportKind } from '../../../shared/domain/readiness';
import {
  EXPORT_DOCUMENTS,
  EXPORT_FORMATS,
  type ExportDocument,
  type ExportFormat,
  type ExportOptions,
  type ExportResult,
  type SlideExportOptions,
} from '../../../shared/ipc';
import { productLabel } from '../../../shared/model/programmes';
import type { Project } from '../../../shared/model/types';
import type { Fail } from '../../../shared/result';
import { useDocumentSelector, useWorkspaceStore } from '../state/useWorkspace';
import { Modal } from '../components/Modal';
import { currentLang } from '../i18n';
import { ReadinessList } from '../readiness/ReadinessList';
import { SlideChoices } from './SlideChoices';
import { PosterChoices } from './PosterChoices';
import type { PosterSize } from '../../../shared/poster/sizes';
import { showsAftercare } from '../../../shared/domain/sections';
import { formatDateLong } from '../../../shared/format/dates';
import { today } from '../aftercare/today';
import './export.css';
import { FreezeOffer } from '../versions/FreezeOffer';

export interface ExportDialogProps {
  open: boolean;
  project: Project;
  readOnly: boolean;
  initialKind: ReportKind;
  /** The document asked for where the dialog was opened (the post-training screens ask for the implementation report). */
  initialDocument?: ExportDocument;
  onClose(): void;
  /** Go to a finding's field: the dialog closes so the user can fix it. */
  onGo(finding: ReadinessFinding): void;
  /** After the rancangan or laporan itself was exported: offer to freeze the version just exported. */
  onOfferFreeze?: (kind: ReportKind) => void;
}

type Step = { kind: 'choose'; note?: 'cancelled' } | { kind: 'running' } | { kind: 'done'; result: ExportResult } | { kind: 'failed'; failure: Fail };

const OPTION_KEYS = ['includeKataPengantar', 'includeAbstrak', 'includeFigures', 'includeConsultations', 'includeEvidenceIndex'] as const;

function defaultOptions(p: Project): ExportOptions {
  return {
    includeKataPengantar: true,
    includeAbstrak: p.narrative.abstrak.trim() !== '',
    includeFigures: true,
    includeConsultations: true,
    includeEvidenceIndex: true,
  };
}

/** "Rancangan SIPANTAU" / "Bahan Tayang Laporan …": main makes it a safe file name. */
function suggestedName(p: Project, kind: ReportKind, format: ExportFormat): string {
  const subject = p.breakthrough.name.trim() || p.title.trim() || productLabel(p.programme);
  return `${{ docx: '', pdf: '', pptx: 'Bahan Tayang ', poster: 'Poster ' }[format]}${kind === 'rancangan' ? 'Rancangan' : 'Laporan'} ${subject}`.slice(0, 120);
}

/** "Laporan Implementasi SIPANTAU" / "Ringkasan Serah Terima SIPANTAU". */
function documentName(p: Project, document: Exclude<ExportDocument, 'report'>): string {
  const subject = p.breakthrough.name.trim() || p.title.trim() || productLabel(p.programme);
  return `${document === 'implementasi' ? 'Laporan Implementasi' : 'Ringkasan Serah Terima'} ${subject}`.slice(0, 120);
}

/** Dialog texts that name what is being made. */
const TEXTS = {
  docx: { title: 'exportDialog.title', running: 'exportDialog.running', done: 'exportDialog.doneTitle' },
  pdf: { title: 'exportDialog.titlePdf', running: 'exportDialog.runningPdf', done: 'exportDialog.doneTitle' },
  pptx: { title: 'exportDialog.titleSlides', running: 'exportDialog.runningSlides', done: 'exportDialog.doneTitleSlides' },
  poster: { title: 'exportDialog.titlePoster', running: 'exportDialog.runningPoster', done: 'exportDialog.doneTitlePoster' },
} as const;

const DEFAULT_SLIDES: SlideExportOptions = { theme: 'biru', sections: [] };

export function ExportDialog({ open, project, readOnly, initialKind, initialDocument = 'report', onClose, onGo, onOfferFreeze }: ExportDialogProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ReportKind>(initialKind);
  const [options, setOptions] = useState<ExportOptions>(() => defaultOptions(project));
  const [format, setFormat] = useState<ExportFormat>('docx');
  const [document, setDocument] = useState<ExportDocument>(initialDocument);
  // The documents after training are DOCX or PDF, and only once the project is carried out.
  const afterTraining = showsAftercare(project.phase);
  const chosenDocument: ExportDocument = afterTraining && (format === 'docx' || format === 'pdf') ? document : 'report';
  const [slides, setSlides] = useState<SlideExportOptions>(DEFAULT_SLIDES);
  const [posterSize, setPosterSize] = useState<PosterSize>('A3');
  const pptx = format === 'pptx';
  const texts = TEXTS[format];
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const partsId = useId();
  const store = useWorkspaceStore();
  const docId = useDocumentSelector((d) => d.doc?.docId ?? null);
  const product = productLabel(project.programme);
  const findings = useMemo(() => (open && chosenDocument === 'report' ? readinessFindings(project, kind) : []), [open, project, kind, chosenDocument]);
  const errors = findings.filter((f) => f.severity === 'error').length;

  // Each opening starts afresh, on the document the participant is working towards.
  useEffect(() => {
    if (!open) return;
    setKind(initialKind);
    setOptions(defaultOptions(project));
    setFormat('docx');
    setDocument(initialDocument);
    setSlides(DEFAULT_SLIDES);
    setPosterSize('A3');
    setStep({ kind: 'choose' });
    // Only when the dialog opens: edits made while it is open must not reset the choices.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  const run = async () => {
    setStep({ kind: 'running' });
    setOpenProblem('');
    try {
      const r = await store.exporter.exportReport({
        project,
        kind,
        options,
        suggestedName: chosenDocument === 'report' ? suggestedName(project, kind, format) : documentName(project, chosenDocument),
        format,
        ...(chosenDocument === 'report' ? {} : { document: chosenDocument, asOf: today() }),
        ...(format === 'docx' || format === 'pdf' ? {} : { slides }),
        ...(format === 'poster' ? { poster: { size: posterSize } } : {}),
        // Main reads the version the laporan's changes appendix compares with from this document's file.
        ...(docId ? { docId } : {}),
      });
      if (!r.ok) setStep({ kind: 'failed', failure: r });
      else if (r.value === null) setStep({ kind: 'choose', note: 'cancelled' });
      else setStep({ kind: 'done', result: r.value });
    } catch (e) {
      setStep({
        kind: 'failed',
        failure: { ok: false, code: 'INTERNAL', message: errorText('INTERNAL', { detail: (e as Error).message }), params: { detail: (e as Error).message } },
      });
    }
  };

  const close = () => {
    if (step.kind !== 'running') onClose();
  };
  const failureText = (f: Fail) => failText(f, currentLang());

  // "Buka dokumen": the system's program for .docx opens it; if it cannot, say so beside the buttons.
  const [openProblem, setOpenProblem] = useState('');
  const openDocument = async (exportId: string) => {
    const r = await store.exporter.openExport(exportId);
    setOpenProblem(r.ok ? '' : failureText(r));
  };

  const actions = (() => {
    switch (step.kind) {
      case 'running':
        return null;
      case 'done':
        return (
          <>
            <button type="button" onClick={() => void openDocument(step.result.exportId)} data-testid="export-open-document">
              {t('exportDialog.openDocument')}
            </button>
            <button type="button" onClick={() => void store.exporter.showExport(step.result.exportId)} data-testid="export-open-folder">
              {t('exportDialog.openFolder')}
            </button>
            <button type="button" className="primary" onClick={close} autoFocus>
              {t('common.actions.close')}
            </button>
          </>
        );
      case 'failed':
        return (
          <>
            <button type="button" onClick={close}>
              {t('common.actions.close')}
            </button>
            <button type="button" className="primary" onClick={() => setStep({ kind: 'choose' })} autoFocus>
              {t('common.actions.retry')}
            </button>
          </>
        );
      default:
        return (
          <>
            <button type="button" onClick={close}>
              {t('common.actions.cancel')}
            </button>
            <button type="button" className="primary" onClick={() => void run()} data-testid="export-run">
              {errors ? t('exportDialog.exportAnyway') : t('exportDialog.export')}
            </button>
          </>
        );
    }
  })();

  return (
    <Modal
      open={open}
      wide
      title={step.kind === 'done' ? t(texts.done) : step.kind === 'failed' ? t('exportDialog.failedTitle') : t(texts.title)}
      onClose={close}
      actions={actions}
    >
      <div className="export-dialog" data-testid="export-dialog" data-step={step.kind}>
        {step.kind === 'choose' && (
          <>
            {step.note === 'cancelled' && (
              <p role="status" className="hint">
                {t('exportDialog.cancelled')}
              </p>
            )}
            {readOnly && <p className="hint">{t('exportDialog.readOnlyNote')}</p>}
            <fieldset className="choices">
              <legend>{t('exportDialog.format')}</legend>
              {EXPORT_FORMATS.map((f) => (
                <label key={f} className="choice">
                  <input type="radio" name="export-format" value={f} checked={format === f} onChange={() => setFormat(f)} />
                  <span>{t(`exportDialog.formats.${f}`)}</span>
                </label>
              ))}
            </fieldset>
            {afterTraining && (format === 'docx' || format === 'pdf') && (
              <fieldset className="choices" data-testid="export-document">
                <legend>{t('aftercare.exportDocument.legend')}</legend>
                {EXPORT_DOCUMENTS.map((d) => (
                  <label key={d} className="choice">
                    <input type="radio" name="export-document" value={d} checked={document === d} onChange={() => setDocument(d)} />
                    <span>{t(`aftercare.exportDocument.${d}`)}</span>
                  </label>
                ))}
                {document !== 'report' && <p className="hint">{t('aftercare.exportDocument.afterNote', { date: formatDateLong(today(), currentLang()) })}</p>}
              </fieldset>
            )}
            {chosenDocument === 'report' && (
              <fieldset className="choices">
                <legend>{t('exportDialog.which')}</legend>
                {(['rancangan', 'laporan'] as const).map((k) => (
                  <label key={k} className="choice">
                    <input
                      type="radio"
                      name="export-kind"
                      value={k}
                      checked={kind === k}
                      onChange={() => {
                        setKind(k);
                        setSlides((v) => ({ ...v, sections: [] }));
                      }}
                    />
                    <span>{t(`exportDialog.kinds.${k}`, { product })}</span>
                  </label>
                ))}
              </fieldset>
            )}
            {pptx && <SlideChoices project={project} kind={kind} value={slides} onChange={setSlides} />}
            {format === 'poster' && (
              <PosterChoices size={posterSize} onSize={setPosterSize} theme={slides.theme} onTheme={(theme) => setSlides({ ...slides, theme })} />
            )}
            {(format === 'docx' || format === 'pdf') && chosenDocument === 'report' && (
              <fieldset className="choices" aria-describedby={partsId}>
                <legend id={partsId}>{t('exportDialog.parts')}</legend>
                {OPTION_KEYS.map((key) => (
                  <label key={key} className="choice">
                    <input type="checkbox" checked={options[key]} onChange={(e) => setOptions({ ...options, [key]: e.target.checked })} />
                    <span>{t(`exportDialog.options.${key}`)}</span>
                  </label>
                ))}
              </fieldset>
            )}
            {chosenDocument === 'report' && (
              <section className="export-readiness" aria-label={t('exportDialog.readinessTitle')}>
                <h3>{t('exportDialog.readinessTitle')}</h3>
                <p className={errors ? 'export-warning' : 'hint'} data-testid="export-verdict">
                  {errors ? t('exportDialog.mustFix', { n: String(errors) }) : t('exportDialog.ready')}
                </p>
                <div className="export-findings">
                  <ReadinessList
                    project={project}
                    findings={findings}
                    onGo={(f) => {
                      onClose();
                      onGo(f);
                    }}
                  />
                </div>
              </section>
            )}
          </>
        )}
        {step.kind === 'running' && (
          <div role="status" aria-live="polite" className="export-progress">
            <p>{t(texts.running)}</p>
            <progress aria-label={t(texts.running)} />
          </div>
        )}
        {step.kind === 'done' && (
          <div role="status" data-testid="export-done">
            <p>
              {t('exportDialog.done', {
                file: step.result.fileName,
                folder: step.result.folder,
                size: `${Math.max(1, Math.round(step.result.bytes / 1024))} KB`,
              })}
            </p>
            {openProblem && (
              <p className="message error" role="alert" data-testid="export-open-problem">
                {openProblem}
              </p>
            )}
            {step.result.plainTexts ? (
              <p className="hint" role="note" data-testid="export-plain-texts">
                {t('exportDialog.plainTexts', { count: step.result.plainTexts })}
              </p>
            ) : null}
            {step.result.limitedTexts ? (
              <p className="hint" role="note" data-testid="export-limited-texts">
                {t('exportDialog.limitedTexts', { count: step.result.limitedTexts })}
              </p>
            ) : null}
            <p className="hint">
              {t('exportDialog.doneTime', {
                seconds: (step.result.millis / 1000).toLocaleString(currentLang() === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 }),
              })}
            </p>
          </div>
        )}
        {step.kind === 'done' && onOfferFreeze && (format === 'docx' || format === 'pdf') && <FreezeOffer onFreeze={() => onOfferFreeze(kind)} />}
        {step.kind === 'failed' && (
          <p role="alert" data-testid="export-error" data-code={step.failure.code}>
            {failureText(step.failure)}
          </p>
        )}
      </div>
    </Modal>
  );
}
