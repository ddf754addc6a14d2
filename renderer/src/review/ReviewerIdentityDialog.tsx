/** Asked once: who the reviewer is (name, role, NIP), written on every note and kept in settings. */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEWER_ROLES } from '../../../shared/review/schema';
import type { ReviewerRole } from '../../../shared/review/types';
import { Modal } from '../components/Modal';
import { useReview } from './ReviewContext';

export function ReviewerIdentityDialog() {
  const review = useReview();
  if (!review?.askingIdentity) return null;
  return <IdentityForm />;
}

function IdentityForm() {
  const { t } = useTranslation();
  const review = useReview()!;
  const [name, setName] = useState(review.reviewer?.name ?? '');
  const [role, setRole] = useState<ReviewerRole>(review.reviewer?.role ?? 'MENTOR');
  const [nip, setNip] = useState(review.reviewer?.nip ?? '');
  const [missing, setMissing] = useState(false);
  const ids = { name: useId(), role: useId(), nip: useId(), error: useId(), form: useId() };
  return (
    <Modal
      open
      title={t('review.identity.title')}
      onClose={review.cancelIdentity}
      actions={
        <>
          <button type="button" onClick={review.cancelIdentity}>
            {t('review.identity.cancel')}
          </button>
          <button type="submit" form={ids.form} className="primary">
            {t('review.identity.confirm')}
          </button>
        </>
      }
    >
      <form
        id={ids.form}
        className="identity-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!name.trim()) {
            setMissing(true);
            return;
          }
          void review.confirmIdentity({ name: name.trim(), role, nip: nip.trim() });
        }}
      >
        <p>{t('review.identity.explain')}</p>
        <label htmlFor={ids.name}>{t('review.identity.name')}</label>
        <input
          id={ids.name}
          type="text"
          maxLength={200}
          value={name}
          autoFocus
          aria-invalid={missing || undefined}
          aria-describedby={missing ? ids.error : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {missing && (
          <p id={ids.error} className="field-error">
            {t('review.identity.nameMissing')}
          </p>
        )}
        <label htmlFor={ids.role}>{t('review.identity.role')}</label>
        <select id={ids.role} value={role} onChange={(e) => setRole(e.target.value as ReviewerRole)}>
          {REVIEWER_ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`review.roles.${r}`)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.nip}>{t('review.identity.nip')}</label>
        <input id={ids.nip} type="text" inputMode="numeric" maxLength={40} value={nip} onChange={(e) => setNip(e.target.value)} />
      </form>
    </Modal>
  );
}
