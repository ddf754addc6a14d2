/**
 * Realisasi (laporan): per milestone the actual dates, achievement, status and notes, with the
 * horizon's summary computed; and the indicators' achieved values beside baseline and target.
 */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { actualDatesReversed, realisationSummary } from '../../../../shared/domain/realisation';
import { formatDate } from '../../../../shared/format/dates';
import { formatNumber } from '../../../../shared/format/numbers';
import { HORIZONS, MILESTONE_STATUSES, type Horizon } from '../../../../shared/model/enums';
import type { Indicator, Milestone } from '../../../../shared/model/types';
import { ChoiceField } from '../../components/ChoiceField';
import { DateField, TextField } from '../../components/Field';
import { NumberInput } from '../../components/NumberInput';
import { Section } from '../../components/Section';
import { useEdit, type Dispatch } from '../../components/useEdit';
import { currentLang } from '../../i18n';

export function RealisationSection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  return (
    <Section id="realisasi" title={t('workspace.sections.realisasi')} intro={t('plan.realisationIntro')}>
      {HORIZONS.map((h) => {
        const ms = p.milestones.filter((m) => m.horizon === h);
        const s = realisationSummary(p.milestones, h);
        const horizon = t(`terms.horizons.${h}`);
        return (
          <section key={h} className="lane" aria-labelledby={`real-${h}`}>
            <h3 id={`real-${h}`}>{horizon}</h3>
            {ms.length === 0 ? (
              <p className="hint">{t('plan.noMilestones', { horizon: horizon.toLowerCase() })}</p>
            ) : (
              <>
                <p className="summary" data-testid={`realisation-summary-${h}`}>
                  {t('plan.realisationSummary', {
                    done: String(s.done),
                    planned: String(s.planned),
                    average: s.averagePct === null ? t('plan.averageNone') : `${formatNumber(s.averagePct)}%`,
                  })}
                </p>
                <ol className="rows-list">
                  {ms.map((m, i) => (
                    <RealisationRow key={m.id} m={m} n={i + 1} dispatch={dispatch} readOnly={readOnly} />
                  ))}
                </ol>
              </>
            )}
            <IndicatorsRealised h={h} indicators={p.goals[h].indicators} dispatch={dispatch} readOnly={readOnly} />
          </section>
        );
      })}
    </Section>
  );
}

const RealisationRow = memo(function RealisationRow({ m, n, dispatch, readOnly }: { m: Milestone; n: number; dispatch: Dispatch; readOnly: boolean }) {
  const { t } = useTranslation();
  const lang = currentLang();
  const update = (patch: Partial<Milestone>) => dispatch({ type: 'list/update', list: 'milestones', id: m.id, patch });
  return (
    <li className="row" data-item={m.id}>
      <h4 className="row-title">
        {n}. {m.title || t('readiness.untitled')}
      </h4>
      <p className="hint">
        {m.start || m.end ? t('plan.plannedDates', { start: formatDate(m.start, lang), end: formatDate(m.end, lang) }) : t('plan.plannedNone')}
      </p>
      <div className="grid realisation-grid">
        <ChoiceField
          label={t('plan.status')}
          value={m.status}
          allowNone={false}
          readOnly={readOnly}
          fieldName="status"
          options={MILESTONE_STATUSES.map((s) => ({ value: s, label: t(`terms.milestoneStatuses.${s}`) }))}
          onCommit={(status) => status && update({ status })}
        />
        <NumberInput
          label={t('plan.achievement')}
          value={m.achievementPct}
          min={0}
          max={100}
          readOnly={readOnly}
          fieldName="achievementPct"
          place={{ list: 'milestones', itemId: m.id, row: n }}
          onCommit={(achievementPct) => update({ achievementPct })}
        />
        <DateField
          label={t('plan.actualStart')}
          value={m.actualStart}
          readOnly={readOnly}
          fieldName="actualStart"
          onCommit={(actualStart) => update({ actualStart })}
        />
        <DateField
          label={t('plan.actualEnd')}
          value={m.actualEnd}
          readOnly={readOnly}
          fieldName="actualEnd"
          error={actualDatesReversed(m) ? t('editing.dates.endBeforeStart') : undefined}
          onCommit={(actualEnd) => update({ actualEnd })}
        />
        <TextField
          label={t('plan.notes')}
          value={m.notes}
          max={2000}
          multiline
          rows={2}
          readOnly={readOnly}
          fieldName="notes"
          onCommit={(notes) => update({ notes })}
        />
      </div>
    </li>
  );
});

function IndicatorsRealised({ h, indicators, dispatch, readOnly }: { h: Horizon; indicators: Indicator[]; dispatch: Dispatch; readOnly: boolean }) {
  const { t } = useTranslation();
  if (indicators.length === 0) return null;
  const title = t('plan.indicatorsRealised', { horizon: t(`terms.horizons.${h}`).toLowerCase() });
  return (
    <div className="table-scroll">
      <table className="edit-table">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analysis.indicatorName')}</th>
            <th scope="col">{t('analysis.baseline')}</th>
            <th scope="col">{t('analysis.target')}</th>
            <th scope="col">{t('plan.realised')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((ind) => (
            <tr key={ind.id} data-item={ind.id}>
              <td>
                {ind.name}
                {ind.unit && ` (${ind.unit})`}
              </td>
              <td>{ind.baseline}</td>
              <td>{ind.target}</td>
              <td>
                <TextField
                  label={t('plan.realisedOf', { name: ind.name })}
                  hideLabel
                  value={ind.realised}
                  max={200}
                  readOnly={readOnly}
                  fieldName="realised"
                  onCommit={(realised) => dispatch({ type: 'list/update', list: `indicators${h}`, id: ind.id, patch: { realised } })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
