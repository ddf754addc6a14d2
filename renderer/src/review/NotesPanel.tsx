/**
 * The notes panel beside the editor: the notes of one target (a section, a card) or of the whole
 * project, filtered by reviewer, kind and open/closed. The reviewer writes notes here; the
 * participant answers them (saying where the change was made), marks them done, and can log a
 * session's notes as one consultation.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SECTION_IDS, type SectionId } from '../../../shared/domain/sections';
import { formatDate } from '../../../shared/format/dates';
import type { Project } from '../../../shared/model/types';
import { NOTE_KINDS } from '../../../shared/review/schema';
import type { ItemKind, NoteKind, NoteTarget, ReviewNote } from '../../../shared/review/types';
import { navigateTo } from '../firstSteps/navigate';
import { currentLang } from '../i18n';
import { useDocumentSelector } from '../state/useWorkspace';
import { notesOn, useReview, type ReviewView } from './ReviewContext';
import { targetLabel } from './targetLabel';
import { WordCommentsImportButton } from './WordCommentsImport';
import { AssessmentButton } from './AssessmentDialog';

const ITEM_SECTION: Record<ItemKind, SectionId> = {
  ISSUE: 'isu',
  MILESTONE: 'milestone',
  STAKEHOLDER: 'stakeholder',
  BUDGET_LINE: 'anggaran',
  RISK: 'risiko',
  TEAM_MEMBER: 'tim',
};

const NOWHERE = '-';

const sectionOf = (target: NoteTarget): SectionId | null =>
  target.type === 'SECTION' ? target.sectionId : target.type === 'ITEM' ? ITEM_SECTION[target.itemKind] : null;

export function NotesPanel() {
  const { t } = useTranslation();
  const review = useReview();
  const project = useDocumentSelector((d) => d.history.present);
  const [reviewerFilter, setReviewerFilter] = useState('');
  const [kindFilter, setKindFilter] = useState('');
  const [statusFilter, setStatusFilter] = useState('');
  const [chosen, setChosen] = useState<string[]>([]);
  const ids = { reviewer: useId(), kind: useId(), status: useId() };
  const panelRef = useRef<HTMLElement>(null);
  const open = review?.panel.open ?? false;
  const targetKey = JSON.stringify(review?.panel.target ?? null);
  // Keyboard and screen-reader users land in the panel they opened: on the new note's words when
  // writing one, else on the panel's heading (the panel follows the editor in reading order).
  useEffect(() => {
    if (!open) return;
    const root = panelRef.current;
    const into = root?.querySelector<HTMLElement>('.note-composer textarea') ?? root?.querySelector<HTMLElement>('h2');
    into?.focus();
  }, [open, targetKey]);
  if (!review?.panel.open) return null;
  const target = review.panel.target;
  const base = target ? notesOn(review.notes, target) : review.notes;
  const shown = base.filter(
    (n) => (!reviewerFilter || n.reviewerId === reviewerFilter) && (!kindFilter || n.kind === kindFilter) && (!statusFilter || n.status === statusFilter),
  );
  const participant = review.mode === 'participant';
  return (
    <aside ref={panelRef} id="notes-panel" className="notes-panel" aria-labelledby="notes-panel-title" data-testid="notes-panel" data-region>
      <div className="notes-head">
        <h2 id="notes-panel-title" tabIndex={-1}>
          {t('review.panelTitle')}
        </h2>
        <button type="button" className="small" onClick={review.closePanel}>
          {t('review.close')}
        </button>
      </div>
      {review.canImport && (
        <button type="button" className="notes-import" onClick={() => void review.importFile()}>
          {t('review.import')}
        </button>
      )}
      <WordCommentsImportButton />
      <AssessmentButton />
      {target && (
        <p className="notes-target">
          <strong>{targetLabel(t, project, target)}</strong>{' '}
          <button type="button" className="link" onClick={() => review.openPanel(null)}>
            {t('review.showAll')}
          </button>
        </p>
      )}
      {review.mode === 'reviewer' && target && !review.future && <Composer key={JSON.stringify(target)} review={review} target={target} project={project} />}
      <fieldset className="notes-filters">
        <legend>{t('review.filters.legend')}</legend>
        {participant && review.reviewers.length > 0 && (
          <span>
            <label htmlFor={ids.reviewer}>{t('review.filters.reviewer')}</label>
            <select id={ids.reviewer} value={reviewerFilter} onChange={(e) => setReviewerFilter(e.target.value)}>
              <option value="">{t('review.filters.all')}</option>
              {review.reviewers.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name} ({t(`review.roles.${r.role}`)})
                </option>
              ))}
            </select>
          </span>
        )}
        <span>
          <label htmlFor={ids.kind}>{t('review.filters.kind')}</label>
          <select id={ids.kind} value={kindFilter} onChange={(e) => setKindFilter(e.target.value)}>
            <option value="">{t('review.filters.all')}</option>
            {NOTE_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`review.kinds.${k}`)}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label htmlFor={ids.status}>{t('review.filters.status')}</label>
          <select id={ids.status} value={statusFilter} onChange={(e) => setStatusFilter(e.target.value)}>
            <option value="">{t('review.filters.all')}</option>
            <option value="OPEN">{t('review.filters.open')}</option>
            <option value="DONE">{t('review.filters.done')}</option>
          </select>
        </span>
      </fieldset>
      {shown.length === 0 ? (
        <p className="hint">{base.length === 0 ? t('review.none') : t('review.noneMatch')}</p>
      ) : (
        <ol className="notes-list">
          {shown.map((n) => (
            <NoteItem
              key={n.id}
              note={n}
              review={review}
              project={project}
              showTarget={!target}
              chosen={chosen.includes(n.id)}
              onChoose={(on) => setChosen((c) => (on ? [...c, n.id] : c.filter((x) => x !== n.id)))}
            />
          ))}
        </ol>
      )}
      {participant && review.canImport && chosen.length > 0 && (
        <button
          type="button"
          onClick={() => {
            review.toConsultation(chosen);
            setChosen([]);
          }}
        >
          {t('review.toConsultation', { n: String(chosen.length) })}
        </button>
      )}
    </aside>
  );
}

function Composer({ review, target, project }: { review: ReviewView; target: NoteTarget; project: Project }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<NoteKind>('PERLU_PERBAIKAN');
  const [text, setText] = useState('');
  const [quote, setQuote] = useState('');
  const [empty, setEmpty] = useState(false);
  const ids = { kind: useId(), text: useId(), quote: useId(), error: useId() };
  return (
    <form
      className="note-composer"
      aria-label={t('review.composer.title', { target: targetLabel(t, project, target) })}
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) {
          setEmpty(true);
          return;
        }
        review.add({ target, kind, text, quote });
        setText('');
        setQuote('');
        setEmpty(false);
      }}
    >
      <label htmlFor={ids.kind}>{t('review.composer.kind')}</label>
      <select id={ids.kind} value={kind} onChange={(e) => setKind(e.target.value as NoteKind)}>
        {NOTE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`review.kinds.${k}`)}
          </option>
        ))}
      </select>
      <label htmlFor={ids.text}>{t('review.composer.text')}</label>
      <textarea
        id={ids.text}
        rows={3}
        maxLength={4000}
        value={text}
        aria-invalid={empty || undefined}
        aria-describedby={empty ? ids.error : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      {empty && (
        <p id={ids.error} className="field-error">
          {t('review.composer.empty')}
        </p>
      )}
      <label htmlFor={ids.quote}>{t('review.composer.quote')}</label>
      <input id={ids.quote} type="text" maxLength={2000} value={quote} onChange={(e) => setQuote(e.target.value)} />
      <button type="submit" className="primary">
        {t('review.composer.add')}
      </button>
    </form>
  );
}

function NoteItem({
  note: n,
  review,
  project,
  showTarget,
  chosen,
  onChoose,
}: {
  note: ReviewNote;
  review: ReviewView;
  project: Project;
  showTarget: boolean;
  chosen: boolean;
  onChoose(on: boolean): void;
}) {
  const { t } = useTranslation();
  const [answer, setAnswer] = useState('');
  const section = sectionOf(n.target);
  // Where the change was made: the note's own section unless the participant says otherwise.
  const [changedAt, setChangedAt] = useState<string>(section ?? NOWHERE);
  const ids = { answer: useId(), changed: useId(), title: useId() };
  const who = review.reviewers.find((r) => r.id === n.reviewerId);
  const day = /^\d{4}-\d{2}-\d{2}/.test(n.createdAt) ? formatDate(n.createdAt.slice(0, 10), currentLang()) : '';
  const editable = review.mode === 'participant' && review.canImport;
  return (
    <li className={`note note-${n.kind} note-${n.status}`} aria-labelledby={ids.title} data-testid={`note-${n.id}`}>
      <p id={ids.title} className="note-title">
        <span className="note-kind">{t(`review.kinds.${n.kind}`)}</span> · <span>{n.status === 'DONE' ? t('review.statusDone') : t('review.statusOpen')}</span>
        {showTarget && <span className="note-where"> · {targetLabel(t, project, n.target)}</span>}
      </p>
      <p className="note-text">{n.text}</p>
      {n.quote && <blockquote className="note-quote">{n.quote}</blockquote>}
      <p className="hint">{t('review.by', { name: who?.name ?? '?', role: who ? t(`review.roles.${who.role}`) : '', date: day })}</p>
      {n.answers.length > 0 && (
        <div className="note-answers">
          <p className="note-answers-title">{t('review.answers')}</p>
          <ul>
            {n.answers.map((a) => (
              <li key={a.id}>
                {a.text}
                {a.changedAt && <span className="hint"> — {targetLabel(t, project, a.changedAt)}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="note-actions">
        {showTarget && section && (
          <button type="button" className="small" onClick={() => navigateTo(section)}>
            {t('review.goTo')}
          </button>
        )}
        {review.mode === 'reviewer' && !review.future && (
          <button type="button" className="small" onClick={() => review.remove(n.id)}>
            {t('review.remove')}
          </button>
        )}
        {editable && (
          <button type="button" className="small" onClick={() => review.setStatus(n.id, n.status === 'DONE' ? 'OPEN' : 'DONE')}>
            {n.status === 'DONE' ? t('review.reopen') : t('review.markDone')}
          </button>
        )}
        {editable && (
          <label className="note-choose">
            <input type="checkbox" checked={chosen} onChange={(e) => onChoose(e.target.checked)} /> {t('review.select')}
          </label>
        )}
      </div>
      {editable && (
        <form
          className="note-answer"
          onSubmit={(e) => {
            e.preventDefault();
            if (!answer.trim()) return;
            review.answer(n.id, answer, changedAt !== NOWHERE ? { type: 'SECTION', sectionId: changedAt as SectionId } : null);
            setAnswer('');
          }}
        >
          <label htmlFor={ids.answer}>{t('review.answer')}</label>
          <textarea id={ids.answer} rows={2} maxLength={4000} value={answer} onChange={(e) => setAnswer(e.target.value)} />
          <label htmlFor={ids.changed}>{t('review.changedAt')}</label>
          <select id={ids.changed} value={changedAt} onChange={(e) => setChangedAt(e.target.value)}>
            <option value={NOWHERE}>{t('review.changedNowhere')}</option>
            {SECTION_IDS.map((s) => (
              <option key={s} value={s}>
                {t(`workspace.sections.${s}`)}
              </option>
            ))}
          </select>
          <button type="submit" className="small">
            {t('review.answerAdd')}
          </button>
        </form>
      )}
    </li>
  );
}
