/**
 * A short list of texts inside one item (a milestone's activities or evidence): one line each,
 * added, removed and reordered with buttons, with optional suggestions to add in one keystroke.
 */
import { useT } from '../i18n/useT';
import { unusedSuggestions } from '../../../shared/domain/suggestions';
import { focusLater } from './announce';
import { TextField } from './Field';
import { SuggestionChips } from './SuggestionChips';

interface Props {
  legend: string;
  /** What one entry is called, for button labels: "kegiatan", "bukti". */
  noun: string;
  values: readonly string[];
  onCommit(values: string[]): void;
  max: number;
  maxItems: number;
  readOnly?: boolean;
  fieldName: string;
  suggestions?: readonly string[];
  suggestionsLabel?: string;
  hint?: string;
}

export function StringListField(props: Props) {
  const { t } = useT();
  const { values } = props;
  const entry = (i: number) => `[data-field="${props.fieldName}"] [data-entry="${i}"] input`;
  const set = (next: string[]) => props.onCommit(next);
  const add = (text = '') => {
    if (values.length >= props.maxItems) return;
    set([...values, text]);
    if (!text) focusLater(entry(values.length));
  };
  const move = (from: number, to: number) => {
    const next = [...values];
    const [v] = next.splice(from, 1);
    next.splice(to, 0, v!);
    set(next);
    focusLater(entry(to));
  };
  const remove = (i: number) => {
    set(values.filter((_, j) => j !== i));
    focusLater(values.length > 1 ? entry(Math.min(i, values.length - 2)) : `[data-field="${props.fieldName}"] .add-entry`);
  };
  const unused = unusedSuggestions(props.suggestions ?? [], values);
  const label = (i: number) => t('editing.list.number', { what: props.noun, n: String(i + 1) });
  return (
    <fieldset className="string-list" data-field={props.fieldName}>
      <legend>{props.legend}</legend>
      {props.hint && <p className="hint">{props.hint}</p>}
      {values.length > 0 && (
        <ol>
          {values.map((v, i) => (
            <li key={i} data-entry={i}>
              <TextField
                label={label(i)}
                hideLabel
                value={v}
                max={props.max}
                readOnly={props.readOnly}
                onCommit={(x) => set(values.map((y, j) => (j === i ? x : y)))}
              />
              {!props.readOnly && (
                <span className="entry-actions">
                  <button
                    type="button"
                    className="small"
                    disabled={i === 0}
                    onClick={() => move(i, i - 1)}
                    aria-label={t('editing.list.moveUp', { what: label(i) })}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="small"
                    disabled={i === values.length - 1}
                    onClick={() => move(i, i + 1)}
                    aria-label={t('editing.list.moveDown', { what: label(i) })}
                  >
                    ↓
                  </button>
                  <button type="button" className="small" onClick={() => remove(i)} aria-label={t('editing.list.remove', { what: label(i) })}>
                    ×
                  </button>
                </span>
              )}
            </li>
          ))}
        </ol>
      )}
      {!props.readOnly && (
        <div className="entry-add">
          <button type="button" className="small add-entry" onClick={() => add()} disabled={values.length >= props.maxItems}>
            + {t('editing.list.add', { what: props.noun })}
          </button>
          <SuggestionChips label={props.suggestionsLabel ?? ''} suggestions={unused} onAdd={add} />
        </div>
      )}
    </fieldset>
  );
}
