/** Tujuan: one goal per horizon with its time frame and indicators from baseline to target. */
import { useTranslation } from 'react-i18next';
import { blankItem } from '../../../../shared/domain/blank';
import { HORIZONS, type Horizon } from '../../../../shared/model/enums';
import { LIMITS } from '../../../../shared/model/limits';
import type { Indicator } from '../../../../shared/model/types';
import { EditableList } from '../../components/EditableList';
import { TextField } from '../../components/Field';
import { Section } from '../../components/Section';
import { useEdit } from '../../components/useEdit';

const INDICATOR_FIELDS = [
  ['name', 1000],
  ['unit', 60],
  ['baseline', 200],
  ['target', 200],
] as const;

export function GoalsSection() {
  const { t } = useTranslation();
  return (
    <Section id="tujuan" title={t('workspace.sections.tujuan')} intro={t('analysis.goalsIntro')}>
      {HORIZONS.map((h) => (
        <HorizonGoal key={h} h={h} />
      ))}
    </Section>
  );
}

function HorizonGoal({ h }: { h: Horizon }) {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const list = `indicators${h}` as const;
  const goal = p.goals[h];
  const horizon = t(`terms.horizons.${h}`);
  const update = (id: string, patch: Partial<Indicator>) => dispatch({ type: 'list/update', list, id, patch });
  return (
    <fieldset className="horizon" data-horizon={h}>
      <legend>{horizon}</legend>
      <div className="grid">
        <TextField
          label={t('analysis.goalStatement', { horizon: horizon.toLowerCase() })}
          value={goal.statement}
          max={LIMITS.longText}
          multiline
          rows={2}
          readOnly={readOnly}
          fieldName={`goals.${h}.statement`}
          onCommit={(statement) => dispatch({ type: 'goal/patch', horizon: h, patch: { statement } })}
        />
        <TextField
          label={t('analysis.horizonLength')}
          value={p.horizonLengths[h]}
          max={100}
          readOnly={readOnly}
          fieldName={`horizonLengths.${h}`}
          onCommit={(v) => dispatch({ type: 'horizonLengths/patch', patch: { [h]: v } })}
        />
      </div>
      <EditableList
        list={list}
        items={goal.indicators}
        noun={t('analysis.indicator')}
        dispatch={dispatch}
        readOnly={readOnly}
        create={() => blankItem(list)}
        firstField="name"
        headingLevel={4}
        compact
        title={(ind, i) => `${t('analysis.indicatorName')} ${i + 1}${ind.name.trim() ? `: ${ind.name.trim()}` : ''}`}
        renderItem={(ind) => (
          <div className="grid indicator-grid">
            {INDICATOR_FIELDS.map(([f, max]) => (
              <TextField
                key={f}
                label={f === 'name' ? t('analysis.indicatorName') : t(`analysis.${f}`)}
                value={ind[f]}
                max={max}
                readOnly={readOnly}
                fieldName={f}
                warning={(f === 'baseline' || f === 'target') && !ind[f].trim() ? t('analysis.baselineTarget') : undefined}
                onCommit={(v) => update(ind.id, { [f]: v })}
              />
            ))}
          </div>
        )}
      />
    </fieldset>
  );
}
