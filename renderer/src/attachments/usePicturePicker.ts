/**
 * Asking main for a picture: main shows the dialog and checks the file (size, PNG/JPEG signature);
 * a refusal comes back as a sentence shown beside the button.
 */
import { useState } from 'react';
import { failText } from '../../../shared/errors';
import type { PictureFile } from '../../../shared/ipc';
import { useWorkspaceStore } from '../state/useWorkspace';
import { currentLang } from '../i18n';

export function usePicturePicker(): { pick(): Promise<PictureFile | null>; error: string | null; busy: boolean } {
  const store = useWorkspaceStore();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const pick = async () => {
    setBusy(true);
    try {
      const r = await store.exporter.choosePicture();
      if (!r.ok) {
        setError(failText(r, currentLang()));
        return null;
      }
      setError(null);
      return r.value;
    } finally {
      setBusy(false);
    }
  };
  return { pick, error, busy };
}

export const pictureUrl = (a: { mime: string; data: string }) => `data:${a.mime};base64,${a.data}`;
