/**
 * "Bandingkan": what changed between two states of the project (a frozen version and another, or
 * a version and now), per section. Every change is said in words ("Ditambah", "Dihapus", marked
 * runs of text that screen readers hear as "[mulai tambahan] … [akhir tambahan]"), never by colour
 * alone; the sections are headings a keyboard or screen-reader user can jump between.
 */
import { useId, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { compareProjects, type SectionDiff, type TextChange } from '../../../shared/domain/compare/compareProjects';
import type { ItemChange } from '../../../shared/domain/compare/items';
import type { Project } from '../../../shared/model/types';
import { fieldLabel, fieldValue, textLabel, totalLabel, totalValue } from './compareText';
import './versions.css';

export interface CompareSide {
  label: string;
  project: Project;
}

export function CompareView({ before, after, onClose }: { before: CompareSide; after: CompareSide; onClose(): void }) {
  const { t } = useTranslation();
  const diff = useMemo(() => compareProjects(before.project, after.project), [before.project, after.project]);
  const rootRef = useRef<HTMLDivElement>(null);
  const baseId = useId();
  const anchor = (s: string) => `${baseId}-${s}`;
  const jump = (s: string) => {
    const el = document.getElementById(anchor(s));
    el?.scrollIntoView({ block: 'start' });
    el?.focus({ preventScroll: true });
  };
  return (
    <div className="compare" data-testid="compare-view" ref={rootRef}>
      <div className="compare-toolbar">
        <h2 tabIndex={-1}>{t('compare.title', { before: before.label, after: after.label })}</h2>
        <button type="button" onClick={onClose}>
          {t('compare.close')}
        </button>
      </div>
      <p className="compare-summary" data-testid="compare-summary">
        {t('compare.summary', {
          added: String(diff.counts.added),
          removed: String(diff.counts.removed),
          changed: String(diff.counts.changed),
          moved: String(diff.counts.moved),
          texts: String(diff.counts.texts),
        })}
      </p>
      <nav aria-label={t('compare.sectionsNav')} className="compare-nav">
        <ul>
          {diff.sections.map((s) => (
            <li key={s.section}>
              <button type="button" className="link" onClick={() => jump(s.section)}>
                {t(`compare.sections.${s.section}`)} ({s.items.length + s.texts.length})
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="compare-body">
        {diff.totals.length > 0 && (
          <section aria-labelledby={anchor('totals')}>
            <h3 id={anchor('totals')} tabIndex={-1}>
              {t('compare.totalsTitle')}
            </h3>
            <table className="compare-totals" data-testid="compare-totals">
              <thead>
                <tr>
                  <th scope="col">{t('compare.colWhat')}</th>
                  <th scope="col">{t('compare.colBefore')}</th>
                  <th scope="col">{t('compare.colAfter')}</th>
                </tr>
              </thead>
              <tbody>
                {diff.totals.map((x) => (
                  <tr key={x.key}>
                    <th scope="row">{totalLabel(t, x.key)}</th>
                    <td>{totalValue(t, x.key, x.before)}</td>
                    <td>{totalValue(t, x.key, x.after)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        )}
        {diff.sections.map((s) => (
          <SectionChanges key={s.section} section={s} headingId={anchor(s.section)} />
        ))}
      </div>
    </div>
  );
}

function SectionChanges({ section, headingId }: { section: SectionDiff; headingId: string }) {
  const { t } = useTranslation();
  const empty = !section.items.length && !section.texts.length;
  return (
    <section aria-labelledby={headingId} data-testid={`compare-${section.section}`}>
      <h3 id={headingId} tabIndex={-1}>
        {t(`compare.sections.${section.section}`)}
      </h3>
      {empty && <p className="hint">{t('compare.nothing')}</p>}
      {section.items.length > 0 && (
        <ul className="compare-items">
          {section.items.map((i) => (
            <ItemLine key={`${i.change}-${i.id}`} item={i} />
          ))}
        </ul>
      )}
      {section.texts.map((x) => (
        <TextDiff key={x.field} change={x} />
      ))}
    </section>
  );
}

function ItemLine({ item }: { item: ItemChange }) {
  const { t } = useTranslation();
  return (
    <li className={`compare-item compare-${item.change}`}>
      <strong>{t(`compare.change.${item.change}`)}:</strong> {item.label.trim() || t('compare.untitled')}
      {item.order && <span className="hint"> ({t('compare.order', { before: String(item.order.before), after: String(item.order.after) })})</span>}
      {item.fields.length > 0 && (
        <ul>
          {item.fields.map((f) => (
            <li key={f.field}>
              {fieldLabel(t, f.field)}: <span className="compare-before">{fieldValue(t, f.field, f.before)}</span> →{' '}
              <span className="compare-after">{fieldValue(t, f.field, f.after)}</span>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** Unchanged stretches longer than this are shortened around the changes. */
const CONTEXT_CHARS = 160;

function TextDiff({ change }: { change: TextChange }) {
  const { t } = useTranslation();
  return (
    <div className="compare-text" data-testid={`compare-text-${change.field}`}>
      <h4>
        {textLabel(t, change.field)} <span className="hint">({t('compare.wordCounts', { added: String(change.added), removed: String(change.removed) })})</span>
      </h4>
      <p>
        {change.runs.map((r, i) => {
          if (r.kind === 'added')
            return (
              <ins key={i}>
                <span className="visually-hidden">{t('compare.wordsAdded')} </span>
                {r.text}
                <span className="visually-hidden"> {t('compare.wordsAddedEnd')}</span>
              </ins>
            );
          if (r.kind === 'removed')
            return (
              <del key={i}>
                <span className="visually-hidden">{t('compare.wordsRemoved')} </span>
                {r.text}
                <span className="visually-hidden"> {t('compare.wordsRemovedEnd')}</span>
              </del>
            );
          return <span key={i}>{shorten(r.text, i === 0, i === change.runs.length - 1)}</span>;
        })}
      </p>
    </div>
  );
}

function shorten(text: string, first: boolean, last: boolean): string {
  if (text.length <= CONTEXT_CHARS * 2) return text;
  if (first) return `… ${text.slice(-CONTEXT_CHARS)}`;
  if (last) return `${text.slice(0, CONTEXT_CHARS)} …`;
  return `${text.slice(0, CONTEXT_CHARS)} … ${text.slice(-CONTEXT_CHARS)}`;
}
