/**
 * Which derived values are pending. A field holding an entry that is not valid ("3 x", "52" in a
 * 1–5 score) keeps its last valid value in the file, so a total or rank computed from the file
 * would silently show the old number while the screen shows the new entry. Whatever is derived
 * from such a field shows that it waits instead, naming the field. Pure: decided from the store's
 * list of invalid drafts (DocumentStore.setInvalidDraft), unit-tested without React.
 */

/**
 * Where an invalid draft sits: the list and row it belongs to, and the field (its data-field).
 * A field outside any list names its part of the project as both list and item ('issueAnalysis').
 */
export interface DraftPlace {
  list: string;
  itemId: string;
  field: string;
}

/** A field holding text that is not a valid value: nothing is committed from it until it is fixed. */
export interface InvalidDraft {
  key: string;
  /** The field as the save status and the pending values name it ("Volume, baris 3"). */
  label: string;
  /** Its list, row and field, so what is derived from it can show it is pending. */
  place?: DraftPlace;
}

/** What a derived value is computed from: a list, optionally one row of it and some of its fields. */
export interface PendingQuery {
  list: string;
  itemId?: string;
  /** Field names, or prefixes ending in "." ("usg." for U, S and G). */
  fields?: readonly string[];
  /** Only the rows with these ids (a budget group: the lines of one source of funds). */
  itemIds?: ReadonlySet<string>;
}

const fieldMatches = (field: string, wanted: readonly string[] | undefined) =>
  !wanted || wanted.some((w) => (w.endsWith('.') ? field.startsWith(w) : field === w));

const matches = (at: DraftPlace, q: PendingQuery) =>
  at.list === q.list && (q.itemId === undefined || at.itemId === q.itemId) && (!q.itemIds || q.itemIds.has(at.itemId)) && fieldMatches(at.field, q.fields);

/** The invalid drafts a derived value waits for (computed from any of the queries), in the order they were reported. */
export function pendingDrafts(drafts: readonly InvalidDraft[], q: PendingQuery | readonly PendingQuery[]): InvalidDraft[] {
  const qs: readonly PendingQuery[] = Array.isArray(q) ? q : [q as PendingQuery];
  return drafts.filter((d) => d.place !== undefined && qs.some((one) => matches(d.place!, one)));
}

/** The fields a derived value waits for, named for the screen ("Volume, baris 3"); '' when it is not pending. */
export function pendingFields(drafts: readonly InvalidDraft[], q: PendingQuery | readonly PendingQuery[]): string {
  return pendingDrafts(drafts, q)
    .map((d) => d.label)
    .join('; ');
}

/** Every field holding an invalid entry, named: what the readiness check cannot see yet. */
export function allPendingFields(drafts: readonly InvalidDraft[]): string {
  return drafts.map((d) => d.label).join('; ');
}
