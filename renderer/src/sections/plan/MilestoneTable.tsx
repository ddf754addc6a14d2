/** The table view of one lane (horizon): its milestones in order, with add, move, remove and details. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blankItem } from '../../../../shared/domain/blank';
import { milestoneCodes } from '../../../../shared/domain/milestoneCodes';
import type { Horizon } from '../../../../shared/model/enums';
import type { Milestone } from '../../../../shared/model/types';
import { announce, focusLater } from '../../components/announce';
import { useRevealRequest } from '../../components/reveal';
import { useVirtualRows } from '../../components/useVirtualRows';
import { MilestoneRow, type MilestoneContext } from './MilestoneRow';

interface Props {
  horizon: Horizon;
  milestones: Milestone[];
  /** The whole milestone list, to place a new one after the lane's last. */
  all: Milestone[];
  ctx: MilestoneContext;
  /** Open this milestone's details and focus its title (asked for from the board). */
  focusId: string | null;
}

export function MilestoneTable({ horizon, milestones, all, ctx, focusId }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const request = useRevealRequest();
  // The readiness panel asked for a milestone of this lane: open its details so the field exists.
  const revealed = request?.itemId && milestones.some((m) => m.id === request.itemId) ? request.itemId : null;
  const isOpen = (id: string) => open.has(id) || id === revealed || id === focusId;
  useEffect(() => {
    if (focusId && milestones.some((m) => m.id === focusId)) focusLater(`[data-item="${CSS.escape(focusId)}"] [data-field="title"]`);
    // Only a new request moves the focus, not edits to the lane.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [focusId]);
  // Rows are memoised; their callbacks must keep their identity, so they read the latest state through a ref.
  const latest = useRef({ milestones, isOpen });
  latest.current = { milestones, isOpen };
  const toggle = useCallback(
    (id: string) =>
      setOpen((s) => {
        const next = new Set(s);
        if (latest.current.isOpen(id)) next.delete(id);
        else next.add(id);
        return next;
      }),
    [],
  );
  const horizonName = t(`terms.horizons.${horizon}`).toLowerCase();
  const addKey = `milestones-${horizon}`;
  const { dispatch } = ctx;
  // MP-01, MM-02 …: the same codes as the board and the report, derived from the order.
  const codes = useMemo(() => milestoneCodes(all), [all]);
  // A long lane draws only the milestones near the screen; a new one, the asked-for one and the focused one always.
  const [added, setAdded] = useState<string | null>(null);
  const ids = useMemo(() => milestones.map((m) => m.id), [milestones]);
  // 132 px is a closed row as drawn (1366×768, default text size): when the guess is right, measuring
  // the drawn rows changes nothing and the section is not drawn a second time on opening.
  const rows = useVirtualRows({ ids, estimate: 132, pinned: [added, revealed, focusId] });
  const { scrollToId } = rows;
  useEffect(() => {
    if (revealed) scrollToId(revealed);
  }, [revealed, request?.seq, scrollToId]);
  useEffect(() => {
    if (focusId) scrollToId(focusId);
  }, [focusId, scrollToId]);
  // Screen readers count the whole table, drawn or not: each milestone is one row, two when its details are open.
  const rowIndex: number[] = [];
  let rowCount = 1;
  if (rows.virtual)
    for (const m of milestones) {
      rowIndex.push(rowCount + 1);
      rowCount += isOpen(m.id) ? 2 : 1;
    }

  const add = () => {
    const item = blankItem('milestones', { horizon });
    const last = milestones[milestones.length - 1];
    dispatch({ type: 'list/add', list: 'milestones', item, index: last ? all.indexOf(last) + 1 : all.length });
    setOpen((s) => new Set(s).add(item.id));
    setAdded(item.id);
    focusLater(`[data-item="${item.id}"] [data-field="title"]`);
  };
  const move = useCallback(
    (id: string, from: number, to: number) => {
      const count = latest.current.milestones.length;
      dispatch({ type: 'milestone/move', id, horizon, index: to });
      const edge = to === 0 ? 'down' : to === count - 1 ? 'up' : from > to ? 'up' : 'down';
      focusLater(`[data-item="${CSS.escape(id)}"] [data-action="${edge}"]`);
      announce(t('editing.list.moved', { what: `${t('plan.noun')} ${from + 1}`, position: String(to + 1) }));
    },
    [dispatch, horizon, t],
  );
  const remove = useCallback(
    (id: string, index: number) => {
      const ms = latest.current.milestones;
      const next = ms[index + 1] ?? ms[index - 1];
      dispatch({ type: 'list/remove', list: 'milestones', id });
      focusLater(next ? `[data-item="${CSS.escape(next.id)}"] [data-field="title"]` : `[data-add="${addKey}"]`, `[data-add="${addKey}"]`);
      announce(t('editing.list.removed', { what: `${t('plan.noun')} ${index + 1}` }));
    },
    [dispatch, addKey, t],
  );

  return (
    <>
      {milestones.length === 0 ? (
        <p className="hint">{t('plan.noMilestones', { horizon: horizonName })}</p>
      ) : (
        <div className="table-scroll">
          <table
            className="edit-table milestone-table"
            data-testid={`milestones-${horizon}`}
            ref={rows.listRef}
            onFocus={rows.onFocus}
            aria-rowcount={rows.virtual ? rowCount : undefined}
          >
            <thead>
              <tr aria-rowindex={rows.virtual ? 1 : undefined}>
                <th scope="col">{t('plan.colNo')}</th>
                <th scope="col">
                  {t('plan.colTitle')} / {t('plan.colPic')}
                </th>
                <th scope="col">
                  {t('plan.colStart')} / {t('plan.colEnd')}
                </th>
                <th scope="col" className="num">
                  {t('plan.colDays')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('plan.colActions')}</span>
                </th>
              </tr>
            </thead>
            {rows.segments.map((seg) => {
              if ('gap' in seg)
                return (
                  <tbody key={seg.key} className="rows-gap" aria-hidden="true">
                    <tr>
                      <td colSpan={5} style={{ height: seg.gap }} />
                    </tr>
                  </tbody>
                );
              const i = seg.index;
              const m = milestones[i]!;
              return (
                <MilestoneRow
                  key={m.id}
                  measure={rows.virtual ? rows.measure : undefined}
                  rowIndex={rows.virtual ? rowIndex[i] : undefined}
                  m={m}
                  code={codes.get(m.id) ?? String(i + 1)}
                  index={i}
                  count={milestones.length}
                  open={isOpen(m.id)}
                  ctx={ctx}
                  onToggle={toggle}
                  onMove={move}
                  onRemove={remove}
                />
              );
            })}
          </table>
        </div>
      )}
      {!ctx.readOnly && (
        <button type="button" className="add-row" data-add={addKey} onClick={add}>
          + {t('editing.list.add', { what: t('plan.nounIn', { horizon: horizonName }) })}
        </button>
      )}
    </>
  );
}
