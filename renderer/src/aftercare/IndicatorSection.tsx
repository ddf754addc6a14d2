/** Pasca pelatihan — indicators: each medium- and long-term indicator's readings over time against baseline and target. */
import { useTranslation } from 'react-i18next';
import { indicatorSeries } from '../../../shared/domain/postTraining/indicatorSeries';
import { IndicatorReadingSchema, type IndicatorReading } from '../../../shared/model/postTraining';
import { newId } from '../../../shared/model/schema';
import type { Indicator } from '../../../shared/model/types';
import { announce, focusLater } from '../components/announce';
import { DateField, NumberField, TextField } from '../components/Field';
import { Section } from '../components/Section';
import { useEdit } from '../components/useEdit';
import { currentLang } from '../i18n';
import { percent, today } from './today';
import './aftercare.css';

export function IndicatorSection() {
  const { t } = useTranslation();
  const { p } = useEdit();
  const indicators = (['MENENGAH', 'PANJANG'] as const).flatMap((h) => p.goals[h].indicators.map((i) => ({ horizon: h, indicator: i })));
  return (
    <Section id="pasca-indikator" title={t('workspace.sections.pasca-indikator')} intro={t('aftercare.indicators.intro')}>
      {indicators.length === 0 && <p className="hint">{t('aftercare.indicators.none')}</p>}
      {indicators.map(({ horizon, indicator }) => (
        <IndicatorReadings key={indicator.id} indicator={indicator} horizon={t(`terms.horizons.${horizon}`)} />
      ))}
    </Section>
  );
}

function IndicatorReadings({ indicator, horizon }: { indicator: Indicator; horizon: string }) {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const lang = currentLang();
  const series = indicatorSeries(indicator, p.postTraining.readings);
  const pctOf = new Map(series.points.map((pt) => [pt.readingId, pt.pct]));
  // Shown in the order recorded by date; undated ones last.
  const readings = p.postTraining.readings.filter((r) => r.indicatorId === indicator.id).sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const headingId = `ind-${indicator.id}`;
  const name = indicator.name || t('readiness.untitled');
  const update = (id: string, patch: Partial<IndicatorReading>) => dispatch({ type: 'list/update', list: 'readings', id, patch });
  const add = () => {
    const id = newId('ukur');
    dispatch({ type: 'list/add', list: 'readings', item: IndicatorReadingSchema.parse({ id, indicatorId: indicator.id, date: today() }) });
    announce(t('aftercare.indicators.added'));
    focusLater(`[data-reading="${id}"] [data-field="value"]`);
  };
  return (
    <section className="aftercare-block" aria-labelledby={headingId} data-indicator={indicator.id}>
      <h3 id={headingId}>
        {name} <span className="hint">({horizon})</span>
      </h3>
      <p className="hint">
        {t('aftercare.indicators.baseline', { value: `${indicator.baseline} ${indicator.unit}`.trim() || '—' })} ·{' '}
        {t('aftercare.indicators.target', { value: `${indicator.target} ${indicator.unit}`.trim() || '—' })}
      </p>
      {(series.baseline === null || series.target === null) && <p className="message warning">{t('aftercare.indicators.unreadable')}</p>}
      {series.latestPct !== null && (
        <p className="indicator-latest" data-testid={`indicator-latest-${indicator.id}`}>
          {t('aftercare.indicators.latest', { pct: percent(series.latestPct, lang) })}{' '}
          <meter min={0} max={100} value={series.latestPct} aria-label={t('aftercare.indicators.pct')} />
        </p>
      )}
      {readings.length === 0 && <p className="hint">{t('aftercare.indicators.noReadings')}</p>}
      {readings.map((r) => (
        <div key={r.id} className="grid aftercare-reading" data-reading={r.id} role="group" aria-label={`${name} ${r.date ?? ''}`}>
          <DateField label={t('aftercare.indicators.date')} value={r.date} readOnly={readOnly} fieldName="date" onCommit={(date) => update(r.id, { date })} />
          <NumberField
            label={`${t('aftercare.indicators.value')}${indicator.unit ? ` (${indicator.unit})` : ''}`}
            value={r.value}
            min={-1e12}
            max={1e12}
            readOnly={readOnly}
            fieldName="value"
            onCommit={(value) => update(r.id, { value })}
          />
          <p className="reading-pct" data-testid={`reading-pct-${r.id}`}>
            {t('aftercare.indicators.pct')}: {percent(pctOf.get(r.id) ?? null, lang)}
          </p>
          <TextField
            label={t('aftercare.indicators.note')}
            value={r.note}
            max={500}
            readOnly={readOnly}
            fieldName="note"
            onCommit={(note) => update(r.id, { note })}
          />
          {!readOnly && (
            <button
              type="button"
              className="small"
              onClick={() => {
                dispatch({ type: 'list/remove', list: 'readings', id: r.id });
                announce(t('aftercare.indicators.removed'));
              }}
            >
              {t('aftercare.indicators.remove')}
              <span className="visually-hidden"> {r.date ?? ''}</span>
            </button>
          )}
        </div>
      ))}
      {!readOnly && (
        <button type="button" onClick={add} data-testid={`record-reading-${indicator.id}`}>
          {t('aftercare.indicators.record')}
          <span className="visually-hidden"> — {name}</span>
        </button>
      )}
    </section>
  );
}
