/** What is due or late among the medium- and long-term milestones, relative to the user's local today. */
import { useTranslation } from 'react-i18next';
import { dueCounts, type DueItem } from '../../../shared/domain/postTraining/due';
import { formatDateLong } from '../../../shared/format/dates';
import { milestoneCodes } from '../../../shared/domain/milestoneCodes';
import type { Project } from '../../../shared/model/types';
import { currentLang } from '../i18n';
import { percent } from './today';

export function DueDashboard({ p, items, day }: { p: Project; items: DueItem[]; day: string }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const codes = milestoneCodes(p.milestones);
  const counts = dueCounts(items);
  return (
    <section className="due-dashboard" aria-labelledby="due-title" data-testid="due-dashboard">
      <h3 id="due-title">{t('aftercare.due.title')}</h3>
      <p className="hint">
        {t('aftercare.due.today', { date: formatDateLong(day, lang) })} ·{' '}
        <span data-testid="due-counts">
          {t('aftercare.due.counts', { late: String(counts.LATE), soon: String(counts.DUE_SOON), ongoing: String(counts.ONGOING), done: String(counts.DONE) })}
        </span>
      </p>
      {items.length === 0 ? (
        <p className="hint">{t('aftercare.due.none')}</p>
      ) : (
        <ul className="due-list">
          {items.map((i) => (
            <li key={i.milestone.id} className={`due-item due-${i.state.toLowerCase()}`} data-milestone={i.milestone.id} data-state={i.state}>
              <span className="due-state">{t(`aftercare.due.states.${i.state}`)}</span>
              <span className="due-title">
                <strong>{codes.get(i.milestone.id)}</strong> {i.milestone.title || t('readiness.untitled')}
              </span>
              <span className="due-meta">
                {i.milestone.end ? t('aftercare.due.end', { date: formatDateLong(i.milestone.end, lang) }) : ''}
                {i.daysToEnd !== null && i.state !== 'DONE' && i.state !== 'CANCELLED'
                  ? ` (${i.daysToEnd < 0 ? t('aftercare.due.daysLate', { n: String(-i.daysToEnd) }) : t('aftercare.due.daysLeft', { n: String(i.daysToEnd) })})`
                  : ''}
                {' · '}
                {i.latestPct === null ? t('aftercare.due.noPct') : t('aftercare.due.achieved', { pct: percent(i.latestPct, lang) })}
                {i.quiet ? ` · ${t('aftercare.due.quiet')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
