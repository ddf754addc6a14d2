/**
 * Totals per source of funds and overall, as the report's budget table ends. A total computed
 * from a line whose volume or unit price holds an entry that is not valid yet ("3 x") waits for
 * it and names the field, instead of showing the last valid sum (state/pending.ts).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { lineTotal, type BudgetSummary } from '../../../../shared/domain/budget';
import { formatRupiah } from '../../../../shared/format/numbers';
import type { CurrencyStyle } from '../../../../shared/model/enums';
import type { BudgetLine } from '../../../../shared/model/types';
import { PendingValue, usePendingFields } from '../../components/PendingValue';
import { pendingDrafts, pendingFields, type PendingQuery } from '../../state/pending';
import { shallowEqual, useDocumentSelector } from '../../state/useWorkspace';

/** The fields a line's total is computed from. */
const AMOUNT_FIELDS = ['volume', 'unitCost'] as const;
const ALL_LINES: PendingQuery = { list: 'budgetLines', fields: AMOUNT_FIELDS };

export function BudgetTotals({ summary, lines, style }: { summary: BudgetSummary; lines: readonly BudgetLine[]; style: CurrencyStyle }) {
  const { t } = useTranslation();
  const drafts = useDocumentSelector((d) => pendingDrafts(d.invalidDrafts, ALL_LINES), shallowEqual);
  // Each group waits only for its own lines; the grand total for any line.
  const idsBySource = useMemo(() => {
    const map = new Map<string, Set<string>>();
    for (const l of lines) {
      const key = l.source ?? 'none';
      map.set(key, (map.get(key) ?? new Set()).add(l.id));
    }
    return map;
  }, [lines]);
  const waiting = (source: string) => (drafts.length ? pendingFields(drafts, { ...ALL_LINES, itemIds: idsBySource.get(source) ?? new Set() }) : '');
  const amount = (fields: string, total: number) => (fields ? <PendingValue fields={fields} /> : formatRupiah(total, style));
  const all = pendingFields(drafts, ALL_LINES);
  return (
    <section className="report-table budget-totals" aria-labelledby="budget-totals-title">
      <h3 id="budget-totals-title">{t('organisation.totals')}</h3>
      <table data-testid="budget-totals">
        <thead>
          <tr>
            <th scope="col">{t('organisation.perSource')}</th>
            <th scope="col" className="num">
              {t('organisation.linesHeader')}
            </th>
            <th scope="col" className="money">
              {t('organisation.lineTotal')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.bySource.map((s) => (
            <tr key={s.source} data-source={s.source}>
              <th scope="row">{t(`terms.fundingSources.${s.source}`)}</th>
              <td className="num">{s.lines}</td>
              <td className="money">{amount(waiting(s.source), s.total)}</td>
            </tr>
          ))}
          {summary.unsourced.lines > 0 && (
            <tr data-source="none" className="unsourced">
              <th scope="row">{t('organisation.unsourced')}</th>
              <td className="num">{summary.unsourced.lines}</td>
              <td className="money">{amount(waiting('none'), summary.unsourced.total)}</td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('organisation.total')}</th>
            <td className="num">{summary.bySource.reduce((n, s) => n + s.lines, 0) + summary.unsourced.lines}</td>
            <td className="money" data-testid="budget-total">
              {amount(all, summary.total)}
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}

/** One line's volume × unit price, or what it waits for. */
export function LineTotal({ line, style }: { line: BudgetLine; style: CurrencyStyle }) {
  const { t } = useTranslation();
  const fields = usePendingFields({ list: 'budgetLines', itemId: line.id, fields: AMOUNT_FIELDS });
  return (
    <p className="computed">
      <span className="computed-label">{t('organisation.lineTotal')}</span>
      <output className="computed-value" data-testid="line-total">
        {fields ? <PendingValue fields={fields} /> : formatRupiah(lineTotal(line), style)}
      </output>
    </p>
  );
}
