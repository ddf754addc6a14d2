/**
 * Pasca pelatihan — progress: the due/late dashboard, then per medium- and long-term milestone its
 * dated entries (what happened, % achieved, evidence pictures, problems, next step).
 */
import { useTranslation } from 'react-i18next';
import { dueItems, entriesOf, FOLLOW_UP_HORIZONS } from '../../../shared/domain/postTraining/due';
import { milestoneCodes } from '../../../shared/domain/milestoneCodes';
import { formatDateLong } from '../../../shared/format/dates';
import { newId } from '../../../shared/model/schema';
import { ProgressEntrySchema, type ProgressEntry } from '../../../shared/model/postTraining';
import type { Milestone } from '../../../shared/model/types';
import { announce, focusLater } from '../components/announce';
import { DateField, NumberField, TextField } from '../components/Field';
import { Section } from '../components/Section';
import { useEdit } from '../components/useEdit';
import { currentLang } from '../i18n';
import { EXPORT_EVENT } from '../state/useWorkspace';
import { DueDashboard } from './DueDashboard';
import { EntryPictures } from './EntryPictures';
import { today } from './today';
import './aftercare.css';

export function ProgressSection() {
  const { t } = useTranslation();
  const { p } = useEdit();
  const day = today();
  const items = dueItems(p, day);
  const follow = p.milestones.filter((m) => FOLLOW_UP_HORIZONS.includes(m.horizon));
  return (
    <Section id="pasca-kemajuan" title={t('workspace.sections.pasca-kemajuan')} intro={t('aftercare.progress.intro')}>
      <DueDashboard p={p} items={items} day={day} />
      <p>
        <button type="button" onClick={() => window.dispatchEvent(new CustomEvent(EXPORT_EVENT, { detail: { document: 'implementasi' } }))}>
          {t('aftercare.progress.exportReport')}
        </button>
      </p>
      {follow.map((m) => (
        <MilestoneEntries key={m.id} milestone={m} code={milestoneCodes(p.milestones).get(m.id) ?? ''} />
      ))}
    </Section>
  );
}

function MilestoneEntries({ milestone: m, code }: { milestone: Milestone; code: string }) {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const lang = currentLang();
  const entries = entriesOf(p, m.id);
  const name = `${code} ${m.title}`.trim();
  const headingId = `entries-${m.id}`;
  const add = () => {
    const id = newId('kmj');
    // Starts from the last figure recorded, so a small step forward is a small edit.
    const entry = ProgressEntrySchema.parse({ id, milestoneId: m.id, date: today(), achievementPct: entries[0]?.achievementPct ?? m.achievementPct ?? null });
    dispatch({ type: 'list/add', list: 'progress', item: entry });
    announce(t('aftercare.progress.added', { name }));
    focusLater(`[data-entry="${id}"] [data-field="happened"]`);
  };
  const update = (id: string, patch: Partial<ProgressEntry>) => dispatch({ type: 'list/update', list: 'progress', id, patch });
  return (
    <section className="aftercare-block" aria-labelledby={headingId} data-milestone-entries={m.id}>
      <h3 id={headingId}>{name || t('readiness.untitled')}</h3>
      {!readOnly && (
        <button type="button" onClick={add} data-testid={`record-progress-${m.id}`}>
          {t('aftercare.progress.record')}
          <span className="visually-hidden"> — {name}</span>
        </button>
      )}
      {entries.length === 0 && <p className="hint">{t('aftercare.progress.none')}</p>}
      {entries.map((e) => (
        <fieldset key={e.id} className="aftercare-entry" data-entry={e.id}>
          <legend>{t('aftercare.progress.entry', { date: e.date ? formatDateLong(e.date, lang) : '—' })}</legend>
          <div className="grid">
            <DateField label={t('aftercare.progress.date')} value={e.date} readOnly={readOnly} fieldName="date" onCommit={(date) => update(e.id, { date })} />
            <NumberField
              label={t('aftercare.progress.pct')}
              value={e.achievementPct}
              min={0}
              max={100}
              readOnly={readOnly}
              fieldName="achievementPct"
              onCommit={(achievementPct) => update(e.id, { achievementPct })}
            />
            <TextField
              label={t('aftercare.progress.happened')}
              value={e.happened}
              max={2000}
              multiline
              rows={2}
              wide
              readOnly={readOnly}
              fieldName="happened"
              onCommit={(happened) => update(e.id, { happened })}
            />
            <TextField
              label={t('aftercare.progress.problems')}
              value={e.problems}
              max={2000}
              multiline
              rows={2}
              readOnly={readOnly}
              fieldName="problems"
              onCommit={(problems) => update(e.id, { problems })}
            />
            <TextField
              label={t('aftercare.progress.nextStep')}
              value={e.nextStep}
              max={2000}
              multiline
              rows={2}
              readOnly={readOnly}
              fieldName="nextStep"
              onCommit={(nextStep) => update(e.id, { nextStep })}
            />
          </div>
          <EntryPictures entry={e} />
          {!readOnly && (
            <button
              type="button"
              className="small"
              onClick={() => {
                dispatch({ type: 'list/remove', list: 'progress', id: e.id });
                announce(t('aftercare.progress.removed'));
              }}
            >
              {t('aftercare.progress.remove')}
              <span className="visually-hidden"> {e.date ?? ''}</span>
            </button>
          )}
        </fieldset>
      ))}
    </section>
  );
}
