/** Totals per source of funds and overall, as the report's budget table ends. */
import { useTranslation } from 'react-i18next';
import type { BudgetSummary } from '../../../../shared/domain/budget';
import { formatRupiah } from '../../../../shared/format/numbers';
import type { CurrencyStyle } from '../../../../shared/model/enums';

export function BudgetTotals({ summary, style }: { summary: BudgetSummary; style: CurrencyStyle }) {
  const { t } = useTranslation();
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
              <td className="money">{formatRupiah(s.total, style)}</td>
            </tr>
          ))}
          {summary.unsourced.lines > 0 && (
            <tr data-source="none" className="unsourced">
              <th scope="row">{t('organisation.unsourced')}</th>
              <td className="num">{summary.unsourced.lines}</td>
              <td className="money">{formatRupiah(summary.unsourced.total, style)}</td>
            </tr>
          )}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('organisation.total')}</th>
            <td className="num">{summary.bySource.reduce((n, s) => n + s.lines, 0) + summary.unsourced.lines}</td>
            <td className="money" data-testid="budget-total">
              {formatRupiah(summary.total, style)}
            </td>
          </tr>
        </tfoot>
      </table>
    </section>
  );
}
