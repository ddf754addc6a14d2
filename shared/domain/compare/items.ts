/**
 * Lists of things with ids, compared by id (never by position or text): added, removed, changed
 * (a field that says what it is changed) and moved (only its place changed: its order in the
 * list, its lane on the milestone board, its cell on the stakeholder map).
 */
export type FieldValue = string | number | null;

export interface FieldChange {
  field: string;
  before: FieldValue;
  after: FieldValue;
}

export type ItemChangeKind = 'added' | 'removed' | 'changed' | 'moved';

export interface ItemChange {
  id: string;
  change: ItemChangeKind;
  /** What the item is called now (or was, when removed). */
  label: string;
  /** Changed fields, place fields included (a moved milestone's horizon). */
  fields: FieldChange[];
  /** Its position in the list, 1-based, when the order changed. */
  order: { before: number; after: number } | null;
}

export interface ItemKind<T> {
  label(item: T): string;
  /** The fields compared, as display values. */
  fields(item: T): Record<string, FieldValue>;
  /** Fields whose change is a move, not an edit (lane, map cell). */
  placeFields?: readonly string[];
}

export function compareItems<T extends { id: string }>(before: readonly T[], after: readonly T[], kind: ItemKind<T>): ItemChange[] {
  const oldById = new Map(before.map((item, i) => [item.id, { item, i }]));
  const newIds = new Set(after.map((item) => item.id));
  const common = after.filter((item) => oldById.has(item.id));
  const inOrder = stayedInOrder(common.map((item) => oldById.get(item.id)!.i));
  const changes: ItemChange[] = [];
  let commonIndex = 0;
  after.forEach((item, i) => {
    const old = oldById.get(item.id);
    if (!old) {
      changes.push({ id: item.id, change: 'added', label: kind.label(item), fields: [], order: null });
      return;
    }
    const orderMoved = !inOrder.has(commonIndex++);
    const fields = changedFields(kind.fields(old.item), kind.fields(item));
    const place = new Set(kind.placeFields ?? []);
    const edited = fields.some((f) => !place.has(f.field));
    const moved = orderMoved || fields.some((f) => place.has(f.field));
    if (!edited && !moved) return;
    changes.push({
      id: item.id,
      change: edited ? 'changed' : 'moved',
      label: kind.label(item),
      fields,
      order: orderMoved ? { before: old.i + 1, after: i + 1 } : null,
    });
  });
  before.forEach((item) => {
    if (!newIds.has(item.id)) changes.push({ id: item.id, change: 'removed', label: kind.label(item), fields: [], order: null });
  });
  return changes;
}

function changedFields(a: Record<string, FieldValue>, b: Record<string, FieldValue>): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const before = a[field] ?? null;
    const after = b[field] ?? null;
    if (before !== after) out.push({ field, before, after });
  }
  return out;
}

/**
 * Indexes (into `oldPositions`) of the items that kept their relative order: a longest increasing
 * subsequence. Moving one card then marks that card as moved, not every card it jumped over.
 */
function stayedInOrder(oldPositions: readonly number[]): Set<number> {
  const tails: number[] = [];
  const prev: number[] = new Array<number>(oldPositions.length).fill(-1);
  oldPositions.forEach((p, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (oldPositions[tails[mid]!]! < p) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) kept.add(i);
  return kept;
}
