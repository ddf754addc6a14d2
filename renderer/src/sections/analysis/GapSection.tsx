/** Kesenjangan: aspect, current condition with its source, expected condition; and the table as the report prints it. */
import { useTranslation } from 'react-i18next';
import { blankItem } from '../../../../shared/domain/blank';
import { LIMITS } from '../../../../shared/model/limits';
import type { GapRow } from '../../../../shared/model/types';
import { EditableList } from '../../components/EditableList';
import { TextField } from '../../components/Field';
import { Section } from '../../components/Section';
import { useEdit } from '../../components/useEdit';

const FIELDS = ['aspect', 'current', 'currentSource', 'expected'] as const;

export function GapSection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const update = (id: string, patch: Partial<GapRow>) => dispatch({ type: 'list/update', list: 'gap', id, patch });
  return (
    <Section id="kesenjangan" title={t('workspace.sections.kesenjangan')} intro={t('analysis.gapIntro')}>
      <EditableList
        list="gap"
        items={p.gap}
        noun={t('analysis.gapNoun')}
        dispatch={dispatch}
        readOnly={readOnly}
        create={() => blankItem('gap')}
        firstField="aspect"
        title={(row, i) => `${t('analysis.aspect')} ${i + 1}${row.aspect.trim() ? `: ${row.aspect.trim()}` : ''}`}
        renderItem={(row) => (
          <div className="grid">
            {FIELDS.map((f) => (
              <TextField
                key={f}
                label={t(`analysis.${f}`)}
                value={row[f]}
                max={LIMITS.shortText}
                readOnly={readOnly}
                fieldName={f}
                hint={f === 'currentSource' ? t('analysis.currentSourceHint') : undefined}
                wide={f === 'aspect'}
                onCommit={(v) => update(row.id, { [f]: v })}
              />
            ))}
          </div>
        )}
      />
      {p.gap.length > 0 && (
        <section className="report-table" aria-labelledby="gap-table-title">
          <h3 id="gap-table-title">{t('analysis.gapTable')}</h3>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('issues.colNo')}</th>
                  <th scope="col">{t('analysis.aspect')}</th>
                  <th scope="col">{t('analysis.current')}</th>
                  <th scope="col">{t('analysis.expected')}</th>
                </tr>
              </thead>
              <tbody>
                {p.gap.map((row, i) => (
                  <tr key={row.id}>
                    <td className="num">{i + 1}</td>
                    <td>{row.aspect}</td>
                    <td>{row.currentSource.trim() ? t('analysis.gapCurrentWithSource', { current: row.current, source: row.currentSource }) : row.current}</td>
                    <td>{row.expected}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </Section>
  );
}
