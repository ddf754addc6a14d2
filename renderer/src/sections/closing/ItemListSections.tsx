/** Faktor kunci keberhasilan and keberlanjutan: short lists of statements, with common ones one keystroke away. */
import { useTranslation } from 'react-i18next';
import { blankItem } from '../../../../shared/domain/blank';
import type { ListName } from '../../../../shared/domain/lists';
import { CSF_SUGGESTIONS, SUSTAINABILITY_SUGGESTIONS, unusedSuggestions } from '../../../../shared/domain/suggestions';
import { productNoun } from '../../../../shared/model/programmes';
import type { ListItem } from '../../../../shared/model/types';
import { focusLater } from '../../components/announce';
import { EditableList } from '../../components/EditableList';
import { TextField } from '../../components/Field';
import { RichTextField } from '../../components/RichTextField';
import { Section } from '../../components/Section';
import { SuggestionChips } from '../../components/SuggestionChips';
import { useEdit, type Dispatch } from '../../components/useEdit';

interface StatementListProps {
  list: 'criticalSuccessFactors' | 'sustainabilityItems';
  items: ListItem[];
  noun: string;
  label: string;
  suggestions: readonly string[];
  dispatch: Dispatch;
  readOnly: boolean;
}

function StatementList({ list, items, noun, label, suggestions, dispatch, readOnly }: StatementListProps) {
  const { t } = useTranslation();
  const add = (text: string) => {
    const item = blankItem(list as ListName, { text }) as ListItem;
    dispatch({ type: 'list/add', list, item });
    focusLater(`[data-item="${item.id}"] [data-field="text"]`);
  };
  return (
    <>
      <EditableList
        list={list}
        items={items}
        noun={noun}
        dispatch={dispatch}
        readOnly={readOnly}
        create={() => blankItem(list)}
        firstField="text"
        compact
        renderItem={(item, i) => (
          <TextField
            label={`${label} ${i + 1}`}
            hideLabel
            value={item.text}
            max={2000}
            readOnly={readOnly}
            wide
            fieldName="text"
            onCommit={(text) => dispatch({ type: 'list/update', list, id: item.id, patch: { text } })}
          />
        )}
      />
      {!readOnly && (
        <p className="suggestion-line">
          <SuggestionChips
            label={t('organisation.suggestionsFor', { what: noun })}
            suggestions={unusedSuggestions(
              suggestions,
              items.map((i) => i.text),
            )}
            onAdd={add}
          />
        </p>
      )}
    </>
  );
}

export function SuccessFactorsSection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  return (
    <Section id="faktor-kunci" title={t('workspace.sections.faktor-kunci')} intro={t('organisation.csfIntro', { noun: productNoun(p.programme) })}>
      <StatementList
        list="criticalSuccessFactors"
        items={p.criticalSuccessFactors}
        noun={t('organisation.csfNoun')}
        label={t('organisation.csfText')}
        suggestions={CSF_SUGGESTIONS}
        dispatch={dispatch}
        readOnly={readOnly}
      />
    </Section>
  );
}

export function SustainabilitySection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  return (
    <Section id="keberlanjutan" title={t('workspace.sections.keberlanjutan')} intro={t('organisation.susIntro')}>
      <RichTextField
        label={t('organisation.susNarrative')}
        value={p.sustainability.narrative}
        fieldName="sustainability.narrative"
        readOnly={readOnly}
        rows={6}
        onCommit={(narrative) => dispatch({ type: 'sustainability/patch', patch: { narrative } })}
      />
      <StatementList
        list="sustainabilityItems"
        items={p.sustainability.items}
        noun={t('organisation.susNoun')}
        label={t('organisation.susText')}
        suggestions={SUSTAINABILITY_SUGGESTIONS}
        dispatch={dispatch}
        readOnly={readOnly}
      />
    </Section>
  );
}
