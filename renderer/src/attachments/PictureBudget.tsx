/**
 * Where pictures are added: how much of the file's size limit they already use, so a participant
 * sees the limit coming instead of meeting it as a refused save. The limit is main's (AppInfo),
 * the one its saves enforce; LIMITS.fileBytes until main has answered.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMegabytes, pictureFileBytes } from '../../../shared/domain/fileBudget';
import { LIMITS } from '../../../shared/model/limits';
import { useDocumentSelector, useWorkspaceStore } from '../state/useWorkspace';

/** From this share of the limit on, the line turns into a warning. */
const WARN_SHARE = 0.75;

export function PictureBudget() {
  const { t } = useTranslation();
  const store = useWorkspaceStore();
  const [limit, setLimit] = useState<number>(LIMITS.fileBytes);
  useEffect(() => {
    let live = true;
    void store.appInfo().then((r) => live && r.ok && setLimit(r.value.fileBytes));
    return () => {
      live = false;
    };
  }, [store]);
  const used = useDocumentSelector((d) => pictureFileBytes(d.checked));
  const warn = used >= limit * WARN_SHARE;
  return (
    <p className={warn ? 'message warning' : 'hint'} data-testid="picture-budget">
      {t(warn ? 'pictures.budgetNearLimit' : 'pictures.budget', { used: formatMegabytes(used), limit: formatMegabytes(limit) })}
    </p>
  );
}
