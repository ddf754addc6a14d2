/**
 * A derived value (total, rank, count) that waits for a field whose entry is not valid yet: it says
 * so in words, naming the field, instead of showing the last valid number as if it were current.
 * Words, not colour alone, so a screen reader hears it too.
 */
import { useTranslation } from 'react-i18next';
import { pendingFields, type PendingQuery } from '../state/pending';
import { useDocumentSelector } from '../state/useWorkspace';

/** The fields a value derived from `q` waits for ('' when none); re-renders only when that text changes. */
export function usePendingFields(q: PendingQuery | readonly PendingQuery[] | null): string {
  return useDocumentSelector((d) => (q ? pendingFields(d.invalidDrafts, q) : ''));
}

export function PendingValue({ fields }: { fields: string }) {
  const { t } = useTranslation();
  return (
    <span className="pending-value" data-testid="pending-value">
      {t('pending.waiting', { fields })}
    </span>
  );
}
