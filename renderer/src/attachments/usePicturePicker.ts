/**
 * Asking main for a picture: main shows the dialog and checks the file (size, PNG/JPEG signature);
 * a refusal comes back as a sentence shown beside the button.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { failText } from '../../../shared/errors';
import type { PictureFile } from '../../../shared/ipc';
import { useWorkspaceStore } from '../state/useWorkspace';
import { currentLang } from '../i18n';

const sizeText = (bytes: number, lang: string) =>
  bytes >= 1024 * 1024
    ? `${(bytes / (1024 * 1024)).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 1 })} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export function usePicturePicker(): { pick(): Promise<PictureFile | null>; error: string | null; note: string | null; busy: boolean } {
  const store = useWorkspaceStore();
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  // Said once a large photo was made report-sized by main: what was chosen, what is kept.
  const [note, setNote] = useState<string | null>(null);
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
      const p = r.value;
      const lang = currentLang();
      setNote(
        p?.original
          ? t('pictures.downscaled', {
              name: p.name,
              fromWidth: String(p.original.width),
              fromHeight: String(p.original.height),
              fromSize: sizeText(p.original.bytes, lang),
              width: String(p.width),
              height: String(p.height),
              size: sizeText(p.bytes, lang),
            })
          : null,
      );
      return p;
    } finally {
      setBusy(false);
    }
  };
  return { pick, error, note, busy };
}

export const pictureUrl = (a: { mime: string; data: string }) => `data:${a.mime};base64,${a.data}`;
