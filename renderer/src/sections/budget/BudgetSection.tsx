/** Anggaran: lines of volume × unit price with their source of funds; totals per source and overall, computed. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { blankItem } from '../../../../shared/domain/blank';
import { budgetSummary } from '../../../../shared/domain/budget';
import { milestoneCodes } from '../../../../shared/domain/milestoneCodes';
import { FUNDING_SOURCES } from '../../../../shared/model/enums';
import { LIMITS } from '../../../../shared/model/limits';
import type { BudgetLine } from '../../../../shared/model/types';
import { ChoiceField } from '../../components/ChoiceField';
import { EditableList } from '../../components/EditableList';
import { TextField } from '../../components/Field';
import { MoneyInput, NumberInput } from '../../components/NumberInput';
import { Section } from '../../components/Section';
import { useEdit } from '../../components/useEdit';
import { BudgetTotals, LineTotal } from './BudgetTotals';
import { ItemNotes } from '../../review/ItemNotes';

export function BudgetSection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const style = p.documentSettings.currencyStyle;
  const summary = useMemo(() => budgetSummary(p.budgetLines), [p.budgetLines]);
  // Which milestones use each line ("Dipakai oleh: MP-01, MP-03"), computed, never typed.
  const usedBy = useMemo(() => {
    const codes = milestoneCodes(p.milestones);
    const map = new Map<string, string[]>();
    for (const m of p.milestones) for (const id of m.budgetLineIds) map.set(id, [...(map.get(id) ?? []), codes.get(m.id)!]);
    return map;
  }, [p.milestones]);
  const update = (id: string, patch: Partial<BudgetLine>) => dispatch({ type: 'list/update', list: 'budgetLines', id, patch });

  return (
    <Section id="anggaran" title={t('workspace.sections.anggaran')} intro={t('organisation.budgetIntro')}>
      <BudgetTotals summary={summary} lines={p.budgetLines} style={style} />
      <EditableList
        list="budgetLines"
        items={p.budgetLines}
        noun={t('organisation.budgetNoun')}
        dispatch={dispatch}
        readOnly={readOnly}
        create={() => blankItem('budgetLines')}
        firstField="item"
        deps={[usedBy, style]}
        title={(l, i) => `${i + 1}. ${l.item.trim() || t('readiness.untitled')}`}
        renderItem={(l, i) => (
          <>
            <ItemNotes kind="BUDGET_LINE" id={l.id} what={l.item.trim() || t('readiness.untitled')} />
            <div className="grid budget-grid">
              <TextField
                label={t('organisation.item')}
                value={l.item}
                max={LIMITS.shortText}
                readOnly={readOnly}
                wide
                fieldName="item"
                onCommit={(item) => update(l.id, { item })}
              />
              <NumberInput
                label={t('organisation.volume')}
                value={l.volume}
                factors
                min={0}
                max={1e9}
                emptyAs={0}
                readOnly={readOnly}
                fieldName="volume"
                place={{ list: 'budgetLines', itemId: l.id, row: i + 1 }}
                onCommit={(volume) => update(l.id, { volume: volume ?? 0 })}
              />
              <TextField
                label={t('organisation.unit')}
                value={l.unit}
                max={60}
                readOnly={readOnly}
                fieldName="unit"
                onCommit={(unit) => update(l.id, { unit })}
              />
              <MoneyInput
                label={t('organisation.unitCost')}
                value={l.unitCost}
                max={1e13}
                readOnly={readOnly}
                fieldName="unitCost"
                place={{ list: 'budgetLines', itemId: l.id, row: i + 1 }}
                onCommit={(unitCost) => update(l.id, { unitCost })}
              />
              <LineTotal line={l} style={style} />
              <ChoiceField
                label={t('organisation.source')}
                value={l.source}
                readOnly={readOnly}
                fieldName="source"
                warning={l.source === null ? t('readiness.codes.BUDGET_NO_SOURCE', { item: l.item.trim() || t('readiness.untitled') }) : undefined}
                options={FUNDING_SOURCES.map((s) => ({ value: s, label: t(`terms.fundingSources.${s}`) }))}
                onCommit={(source) => update(l.id, { source })}
              />
              <TextField
                label={t('organisation.sourceDetail')}
                value={l.sourceDetail}
                max={300}
                readOnly={readOnly}
                placeholder={t('organisation.sourceDetailHint')}
                fieldName="sourceDetail"
                onCommit={(sourceDetail) => update(l.id, { sourceDetail })}
              />
            </div>
            {usedBy.has(l.id) && <p className="hint">{t('organisation.usedBy', { list: usedBy.get(l.id)!.join(', ') })}</p>}
          </>
        )}
      />
    </Section>
  );
}
