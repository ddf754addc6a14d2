/** Shown after the rancangan or laporan was exported: keep the version exactly as exported, inside the file. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function FreezeOffer({ onFreeze }: { onFreeze(): void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="freeze-offer" aria-labelledby={id} data-testid="freeze-offer">
      <h3 id={id}>{t('versions.offerTitle')}</h3>
      <p className="hint">{t('versions.offerText')}</p>
      <button type="button" onClick={onFreeze}>
        {t('versions.offerButton')}
      </button>
    </section>
  );
}
