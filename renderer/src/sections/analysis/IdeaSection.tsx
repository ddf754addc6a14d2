/** Gagasan kreatif: the innovation's name and acronym, its kinds, what it changes, and what it connects to. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { INNOVATION_KINDS } from '../../../../shared/model/enums';
import type { Breakthrough } from '../../../../shared/model/types';
import { CheckboxGroup } from '../../components/ChoiceField';
import { TextField } from '../../components/Field';
import { RichTextField } from '../../components/RichTextField';
import { Section } from '../../components/Section';
import { useEdit } from '../../components/useEdit';
import { coreIssueStatement } from '../issues/coreIssueStatement';

export function IdeaSection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const b = p.breakthrough;
  const core = useMemo(() => coreIssueStatement(p.issueAnalysis), [p.issueAnalysis]);
  const patch = (change: Partial<Breakthrough>) => dispatch({ type: 'breakthrough/patch', patch: change });
  return (
    <Section id="gagasan" title={t('workspace.sections.gagasan')} intro={t('analysis.ideaIntro')}>
      {core && <p className="callout">{t('analysis.coreReminder', { issue: core })}</p>}
      <div className="grid">
        <TextField
          label={t('analysis.ideaName')}
          hint={t('analysis.ideaNameHint')}
          value={b.name}
          max={200}
          readOnly={readOnly}
          fieldName="breakthrough.name"
          onCommit={(name) => patch({ name })}
        />
        <TextField
          label={t('analysis.acronymMeaning')}
          value={b.acronymMeaning}
          max={1000}
          readOnly={readOnly}
          fieldName="breakthrough.acronymMeaning"
          onCommit={(acronymMeaning) => patch({ acronymMeaning })}
        />
      </div>
      <CheckboxGroup
        legend={t('analysis.kinds')}
        hint={t('analysis.kindsHint')}
        values={b.kinds}
        readOnly={readOnly}
        fieldName="breakthrough.kinds"
        options={INNOVATION_KINDS.map((k) => ({ value: k, label: t(`terms.innovationKinds.${k}`) }))}
        onCommit={(kinds) => patch({ kinds })}
      />
      <RichTextField
        label={t('analysis.description')}
        value={b.description}
        readOnly={readOnly}
        fieldName="breakthrough.description"
        rows={8}
        onCommit={(description) => patch({ description })}
      />
      <TextField
        label={t('analysis.integratesWith')}
        hint={t('analysis.integratesWithHint')}
        value={b.integratesWith}
        max={1000}
        readOnly={readOnly}
        wide
        fieldName="breakthrough.integratesWith"
        onCommit={(integratesWith) => patch({ integratesWith })}
      />
    </Section>
  );
}
