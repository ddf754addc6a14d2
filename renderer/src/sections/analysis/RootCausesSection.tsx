/** Akar masalah: a fishbone as lists — one list of causes per category of the chosen set, sub-causes inside. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { blankItem } from '../../../../shared/domain/blank';
import { CAUSE_CATEGORIES, CAUSE_SET_NAMES, CAUSE_SETS, type CauseCategory } from '../../../../shared/model/enums';
import { LIMITS } from '../../../../shared/model/limits';
import type { RootCause } from '../../../../shared/model/types';
import { ChoiceField } from '../../components/ChoiceField';
import { EditableList } from '../../components/EditableList';
import { TextField } from '../../components/Field';
import { Section } from '../../components/Section';
import { useEdit, type Dispatch } from '../../components/useEdit';
import { coreIssueStatement } from '../issues/coreIssueStatement';
import { FishbonePicture } from './FishbonePicture';

export function RootCausesSection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const { categorySet, causes } = p.rootCauses;
  const inSet = CAUSE_SETS[categorySet] as readonly CauseCategory[];
  const outside = causes.filter((c) => c.parentId === null && !inSet.includes(c.category));
  const head = useMemo(() => coreIssueStatement(p.issueAnalysis), [p.issueAnalysis]);

  return (
    <Section id="akar-masalah" title={t('workspace.sections.akar-masalah')} intro={t('analysis.causesIntro')}>
      <div className="grid">
        <ChoiceField
          label={t('analysis.categorySet')}
          hint={t('analysis.categorySetHint')}
          value={categorySet}
          allowNone={false}
          readOnly={readOnly}
          fieldName="categorySet"
          options={CAUSE_SET_NAMES.map((s) => ({ value: s, label: t(`terms.causeSets.${s}`) }))}
          onCommit={(v) => v && dispatch({ type: 'rootCauses/patch', patch: { categorySet: v } })}
        />
        <div className="field">
          <p className="field-label">{t('analysis.head')}</p>
          <p>{head ?? <span className="hint">{t('analysis.headNone')}</span>}</p>
        </div>
      </div>
      {inSet.map((category) => (
        <section key={category} className="cause-group" aria-labelledby={`cat-${category}`}>
          <h3 id={`cat-${category}`}>{t(`terms.causeCategories.${category}`)}</h3>
          <CauseList causes={causes} parentId={null} category={category} dispatch={dispatch} readOnly={readOnly} />
        </section>
      ))}
      {outside.length > 0 && (
        <section className="cause-group callout callout-warn" aria-labelledby="cat-outside">
          <h3 id="cat-outside">{t('analysis.outsideSet', { set: categorySet })}</h3>
          <p className="hint">{t('analysis.outsideSetHint')}</p>
          <EditableList
            list="rootCauses"
            items={outside}
            all={causes}
            noun={t('analysis.cause')}
            dispatch={dispatch}
            readOnly={readOnly}
            groupKey="outside"
            headingLevel={4}
            firstField="category"
            create={() => blankItem('rootCauses', { category: inSet[0]! })}
            renderItem={(cause) => (
              <div className="grid">
                <ChoiceField
                  label={t('analysis.category')}
                  value={cause.category}
                  allowNone={false}
                  readOnly={readOnly}
                  fieldName="category"
                  options={CAUSE_CATEGORIES.map((c) => ({ value: c, label: t(`terms.causeCategories.${c}`) }))}
                  onCommit={(category) => category && dispatch({ type: 'list/update', list: 'rootCauses', id: cause.id, patch: { category } })}
                />
                <TextField
                  label={t('analysis.causeText')}
                  value={cause.text}
                  max={LIMITS.shortText}
                  readOnly={readOnly}
                  wide
                  fieldName="text"
                  onCommit={(text) => dispatch({ type: 'list/update', list: 'rootCauses', id: cause.id, patch: { text } })}
                />
              </div>
            )}
          />
        </section>
      )}
      <FishbonePicture rootCauses={p.rootCauses} head={head} />
    </Section>
  );
}

interface CauseListProps {
  causes: RootCause[];
  parentId: string | null;
  category: CauseCategory;
  dispatch: Dispatch;
  readOnly: boolean;
}

/** Causes of one category (or sub-causes of one cause); a cause's row holds its own sub-causes. */
function CauseList({ causes, parentId, category, dispatch, readOnly }: CauseListProps) {
  const { t } = useTranslation();
  const items = causes.filter((c) => c.parentId === parentId && (parentId !== null || c.category === category));
  const sub = parentId !== null;
  return (
    <EditableList
      list="rootCauses"
      items={items}
      all={causes}
      noun={sub ? t('analysis.subCause') : t('analysis.cause')}
      dispatch={dispatch}
      readOnly={readOnly}
      groupKey={parentId ?? category}
      headingLevel={sub ? 4 : 3}
      firstField="text"
      className={sub ? 'sub-rows' : undefined}
      emptyText={sub ? null : undefined}
      compact
      create={() => blankItem('rootCauses', { category, parentId })}
      // A cause's row shows its sub-causes, so it re-renders when the list of causes changes.
      deps={sub ? undefined : [causes]}
      renderItem={(cause, i) => (
        <>
          <TextField
            label={`${sub ? t('analysis.subCauseText') : t('analysis.causeText')} ${i + 1}`}
            hideLabel
            value={cause.text}
            max={LIMITS.shortText}
            readOnly={readOnly}
            wide
            fieldName="text"
            onCommit={(text) => dispatch({ type: 'list/update', list: 'rootCauses', id: cause.id, patch: { text } })}
          />
          {!sub && (causes.some((c) => c.parentId === cause.id) || !readOnly) && (
            <div className="sub-causes" aria-label={t('analysis.subCauses', { cause: `${t('analysis.cause')} ${i + 1}` })} role="group">
              <CauseList causes={causes} parentId={cause.id} category={category} dispatch={dispatch} readOnly={readOnly} />
            </div>
          )}
        </>
      )}
    />
  );
}
