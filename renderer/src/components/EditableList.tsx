/**
 * A list of rows the keyboard can fully manage: add (focus goes to the new row), move up or down
 * and remove with buttons (focus follows, the change is announced), each row marked with
 * data-item so the readiness panel can bring the user to it. Rows are memoised on their item, so
 * typing in one row does not re-render the others in a large project.
 */
import { memo, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/useT';
import type { Command } from '../../../shared/domain/commands';
import type { ListItemOf, ListName } from '../../../shared/domain/lists';
import { announce, focusLater } from './announce';
import { useRevealRequest } from './reveal';
import { RowActions } from './RowActions';
import type { Dispatch } from './useEdit';
import { useVirtualRows } from './useVirtualRows';

type Item<L extends ListName> = ListItemOf<L> & { id: string };

interface Props<L extends ListName> {
  list: L;
  /** The rows to show: the whole list or one group of it (causes of one category …). */
  items: readonly Item<L>[];
  /** The whole list, when `items` is a group of it: moves and additions are placed within it. */
  all?: readonly Item<L>[];
  /** What one row is called, in running text: "isu", "baris", "penyebab". */
  noun: string;
  create(): ListItemOf<L>;
  /** data-field of the input to focus in a new row. */
  firstField: string;
  renderItem(item: Item<L>, index: number): ReactNode;
  /** The row's heading; defaults to "<noun> <n>". */
  title?(item: Item<L>, index: number): ReactNode;
  /** Other values the rows read (team, budget lines …): rows re-render when one of them changes. */
  deps?: readonly unknown[];
  dispatch: Dispatch;
  readOnly: boolean;
  /** Distinguishes two lists of the same kind on one screen (one per category, per horizon). */
  groupKey?: string;
  headingLevel?: 3 | 4;
  className?: string;
  /** One line per row: number, fields, buttons; the row's heading is kept for screen readers only. */
  compact?: boolean;
  emptyText?: ReactNode;
  /** Custom move for lists whose order lives elsewhere (milestones within a lane). */
  moveCommand?(id: string, viewIndex: number): Command;
}

export function EditableList<L extends ListName>(props: Props<L>) {
  const { t } = useT();
  const { list, items, noun, dispatch } = props;
  const all = props.all ?? items;
  const addKey = `${list}${props.groupKey ? `-${props.groupKey}` : ''}`;
  // One translation for the whole list, not one per row and render (a list may have 500 rows).
  const numbered = useMemo(() => capitalise(t('editing.list.number', { what: noun, n: '#' })), [t, noun]);
  const label = (i: number) => numbered.replace('#', String(i + 1));
  const fieldOf = (id: string) => `[data-item="${CSS.escape(id)}"] [data-field="${CSS.escape(props.firstField)}"]`;
  // A long list draws only the rows near the screen; a new row and the readiness panel's target are always drawn.
  const [added, setAdded] = useState<string | null>(null);
  const request = useRevealRequest();
  const ids = useMemo(() => items.map((i) => i.id), [items]);
  const rows = useVirtualRows({ ids, estimate: props.compact ? 64 : 220, pinned: [added, request?.itemId] });
  const { scrollToId } = rows;
  const requested = useRef<string | null>(null);
  useEffect(() => {
    const id = request?.itemId;
    if (id && requested.current !== `${request.seq}` && ids.includes(id)) {
      requested.current = `${request.seq}`;
      scrollToId(id);
    }
  }, [request, ids, scrollToId]);

  const add = () => {
    const item = props.create() as Item<L>;
    const last = items[items.length - 1];
    const index = last ? all.indexOf(last) + 1 : undefined;
    dispatch({ type: 'list/add', list, item, index } as Command);
    setAdded(item.id);
    focusLater(fieldOf(item.id));
  };

  const move = (id: string, from: number, to: number) => {
    const target = items[to];
    if (!target) return;
    dispatch(props.moveCommand ? props.moveCommand(id, to) : { type: 'list/move', list, id, toIndex: all.indexOf(target) });
    const edge = to === 0 ? 'down' : to === items.length - 1 ? 'up' : from > to ? 'up' : 'down';
    focusLater(`[data-item="${CSS.escape(id)}"] [data-action="${edge}"]`);
    announce(t('editing.list.moved', { what: label(from), position: String(to + 1) }));
  };

  const remove = (id: string, index: number) => {
    const next = items[index + 1] ?? items[index - 1];
    dispatch({ type: 'list/remove', list, id });
    focusLater(next ? fieldOf(next.id) : `[data-add="${addKey}"]`, `[data-add="${addKey}"]`);
    announce(t('editing.list.removed', { what: label(index) }));
  };

  return (
    <div className={`rows ${props.className ?? ''}`}>
      {items.length === 0 && props.emptyText !== null && <p className="hint rows-empty">{props.emptyText ?? t('editing.list.empty')}</p>}
      {items.length > 0 && (
        <ol className="rows-list" data-list={addKey} ref={rows.listRef} onFocus={rows.onFocus}>
          {rows.segments.map((seg) => {
            if ('gap' in seg) return <li key={seg.key} className="rows-gap" aria-hidden="true" style={{ height: seg.gap }} />;
            const i = seg.index;
            const item = items[i]!;
            return (
              <Row
                key={item.id}
                measure={rows.virtual ? rows.measure : undefined}
                setSize={rows.virtual ? items.length : undefined}
                item={item}
                index={i}
                count={items.length}
                deps={props.deps}
                readOnly={props.readOnly}
                render={props.renderItem}
                title={props.title ? props.title(item, i) : label(i)}
                rowLabel={label(i)}
                headingLevel={props.headingLevel ?? 3}
                compact={!!props.compact}
                onUp={() => move(item.id, i, i - 1)}
                onDown={() => move(item.id, i, i + 1)}
                onRemove={() => remove(item.id, i)}
              />
            );
          })}
        </ol>
      )}
      {!props.readOnly && (
        <button type="button" className="add-row" data-add={addKey} onClick={add}>
          + {t('editing.list.add', { what: noun })}
        </button>
      )}
    </div>
  );
}

interface RowProps<T extends { id: string }> {
  item: T;
  index: number;
  count: number;
  deps?: readonly unknown[];
  readOnly: boolean;
  title: ReactNode;
  rowLabel: string;
  headingLevel: 3 | 4;
  compact: boolean;
  /** In a list drawn in part: measures the row, and tells its place in the whole list to screen readers. */
  measure?: (el: Element | null) => void;
  setSize?: number;
  render(item: T, index: number): ReactNode;
  onUp(): void;
  onDown(): void;
  onRemove(): void;
}

function RowImpl<T extends { id: string }>(p: RowProps<T>) {
  const H = p.headingLevel === 3 ? 'h3' : 'h4';
  return (
    <li
      className={p.compact ? 'row compact' : 'row'}
      data-item={p.item.id}
      data-index={p.index}
      ref={p.measure}
      aria-setsize={p.setSize}
      aria-posinset={p.setSize === undefined ? undefined : p.index + 1}
    >
      <H className={p.compact ? 'visually-hidden' : 'row-title'}>{p.title}</H>
      {p.compact && (
        <span className="row-number" aria-hidden="true">
          {p.index + 1}.
        </span>
      )}
      <div className="row-body">{p.render(p.item, p.index)}</div>
      {!p.readOnly && <RowActions label={p.rowLabel} index={p.index} count={p.count} onUp={p.onUp} onDown={p.onDown} onRemove={p.onRemove} />}
    </li>
  );
}

const sameDeps = (a?: readonly unknown[], b?: readonly unknown[]) => a === b || (!!a && !!b && a.length === b.length && a.every((v, i) => v === b[i]));

/**
 * Re-render a row only when its own item, position, title or declared dependencies change (the
 * render function is a fresh closure each time and is deliberately not compared).
 */
const Row = memo(
  RowImpl,
  (a, b) =>
    a.item === b.item &&
    a.index === b.index &&
    a.count === b.count &&
    a.readOnly === b.readOnly &&
    a.compact === b.compact &&
    a.measure === b.measure &&
    a.setSize === b.setSize &&
    a.title === b.title &&
    a.rowLabel === b.rowLabel &&
    sameDeps(a.deps, b.deps),
) as typeof RowImpl;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
