/** A milestone's date problems as the words shown beside its date fields. */
import type { TFunction } from 'i18next';
import { milestoneDateProblems } from '../../../../shared/domain/schedule';
import { formatDate } from '../../../../shared/format/dates';
import type { Calendar, Milestone } from '../../../../shared/model/types';
import { currentLang } from '../../i18n';

export function dateMessages(t: TFunction, m: Milestone, calendar: Calendar): { endError?: string; startWarning?: string } {
  const problems = milestoneDateProblems(m, calendar);
  const lang = currentLang();
  const out: { endError?: string; startWarning?: string } = {};
  if (problems.includes('END_BEFORE_START')) out.endError = t('editing.dates.endBeforeStart');
  if (problems.includes('OUTSIDE_WINDOW')) {
    out.startWarning = t('editing.dates.outsideWindow', { start: formatDate(calendar.offCampusStart, lang), end: formatDate(calendar.offCampusEnd, lang) });
  } else if (problems.includes('ON_HOLIDAY')) {
    const day = m.start;
    const holiday = calendar.holidays.find((h) => h.start && h.end && day && day >= h.start && day <= h.end);
    out.startWarning = t('editing.dates.onHoliday', { name: holiday?.name ?? '' });
  }
  return out;
}
