/** Isu prioritas: USG scores, the ranking in roman numerals, ties decided explicitly, the core issue and its impact. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { apklResults } from '../../../../shared/domain/apkl';
import { usgRanking } from '../../../../shared/domain/usg';
import { TIE_BREAK_RULES } from '../../../../shared/model/enums';
import { ChoiceField } from '../../components/ChoiceField';
import { RichTextField } from '../../components/RichTextField';
import { Section } from '../../components/Section';
import { useEdit } from '../../components/useEdit';
import { CoreIssue } from './CoreIssue';
import { DecidedTie, UndecidedTie } from './TieDecision';
import { PendingValue, usePendingFields } from '../../components/PendingValue';
import { RANKING_INPUTS } from './pendingInputs';
import { UsgTable } from './UsgTable';

export function PrioritySection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const ia = p.issueAnalysis;
  const apkl = useMemo(() => apklResults(ia), [ia]);
  const ranking = useMemo(() => usgRanking(ia), [ia]);
  const numbered = ia.issues.map((issue, i) => ({ issue, n: i + 1 }));
  const eligible = numbered.filter(({ issue }) => apkl.get(issue.id)?.pass === true);
  const excluded = numbered.filter(({ issue }) => apkl.get(issue.id)?.pass !== true);
  const label = (id: string) => {
    const x = numbered.find(({ issue }) => issue.id === id);
    return x ? `${t('issues.issueLabel', { n: String(x.n) })}: ${x.issue.statement || t('readiness.untitled')}` : id;
  };
  const totalOf = (id: string) => ranking.rows.find((r) => r.issueId === id)?.total ?? 0;
  // While a score holds an entry that is not valid, the ties, the ranking and the core issue wait for it.
  const waits = usePendingFields(RANKING_INPUTS);

  return (
    <Section id="prioritas" title={t('workspace.sections.prioritas')} intro={t('issues.prioritasIntro')}>
      {eligible.length === 0 ? (
        <p className="callout">{t('issues.noneEligible')}</p>
      ) : (
        <UsgTable issues={eligible} ranking={ranking} dispatch={dispatch} readOnly={readOnly} />
      )}
      {excluded.length > 0 && (
        <p className="hint">{t('issues.notEligible', { list: excluded.map(({ n }) => t('issues.issueLabel', { n: String(n) })).join(', ') })}</p>
      )}

      <ChoiceField
        label={t('priority.tieRule')}
        hint={t('priority.tieRuleHint')}
        fieldName="tieBreak"
        readOnly={readOnly}
        allowNone={false}
        value={ia.tieBreak ?? 'DECIDE'}
        options={TIE_BREAK_RULES.map((r) => ({ value: r, label: t(`priority.tieRules.${r}`) }))}
        onCommit={(tieBreak) => tieBreak && dispatch({ type: 'issueAnalysis/patch', patch: { tieBreak } })}
      />

      {waits ? (
        <p className="message warning" data-testid="ranking-pending">
          <PendingValue fields={waits} />
        </p>
      ) : (
        <>
          {ranking.unresolvedTies.map((ids) => (
            <UndecidedTie key={[...ids].sort().join('|')} ids={ids} total={totalOf(ids[0]!)} label={label} dispatch={dispatch} readOnly={readOnly} />
          ))}
          {ranking.decidedTies.map(({ total, decision }) => (
            <DecidedTie key={decision.issueIds.join('|')} decision={decision} total={total} label={label} dispatch={dispatch} readOnly={readOnly} />
          ))}

          {ranking.rows.length > 0 && (
            <section className="ranking" aria-labelledby="ranking-title">
              <h3 id="ranking-title">{t('issues.ranking')}</h3>
              <ol className="plain" data-testid="usg-ranking">
                {ranking.rows.map((r) => (
                  <li key={r.issueId}>{t('issues.rankRow', { rank: r.rankRoman, issue: label(r.issueId), total: String(r.total) })}</li>
                ))}
              </ol>
            </section>
          )}
        </>
      )}

      <CoreIssue ia={ia} ranking={ranking} waits={waits} label={label} dispatch={dispatch} readOnly={readOnly} />

      <RichTextField
        label={t('issues.impact')}
        value={ia.impactIfUnresolved}
        fieldName="impactIfUnresolved"
        readOnly={readOnly}
        rows={6}
        onCommit={(impactIfUnresolved) => dispatch({ type: 'issueAnalysis/patch', patch: { impactIfUnresolved } })}
      />
    </Section>
  );
}
