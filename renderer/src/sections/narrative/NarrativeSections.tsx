/**
 * The sections that are long texts only. Each field is a rich text with the report's preview;
 * its data-field ("narrative.latarBelakang") is what the readiness panel points at.
 */
import { useMemo, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionId } from '../../../../shared/domain/sections';
import { BENEFICIARIES } from '../../../../shared/model/enums';
import { productNoun } from '../../../../shared/model/programmes';
import type { Narrative } from '../../../../shared/model/types';
import { RichTextField } from '../../components/RichTextField';
import { Section } from '../../components/Section';
import { useEdit } from '../../components/useEdit';
import { DocumentSettingsFields } from '../document/DocumentSettingsFields';

type NarrativeKey = keyof Narrative;
const HINTED = ['abstrak', 'latarBelakang', 'manfaatDirasakan'] as const;

function narrativeSection(section: SectionId & keyof typeof _INTRO_KEYS, keys: NarrativeKey[], Extra?: ComponentType) {
  return function NarrativeSection() {
    const { t } = useTranslation();
    const { p, dispatch, readOnly } = useEdit();
    // One handler per field for the section's life: the fields are memoised, and a keystroke in one
    // must not hand its neighbours new props (issue 18).
    const commits = useMemo(
      () => new Map(keys.map((key) => [key, (value: string) => dispatch({ type: 'narrative/patch', patch: { [key]: value } })])),
      [dispatch],
    );
    return (
      <Section id={section} title={t(`workspace.sections.${section}`)} intro={t(`narrative.intros.${section}`, { noun: productNoun(p.programme) })}>
        {keys.map((key) => (
          <RichTextField
            key={key}
            label={t(`narrative.fields.${key}`)}
            value={p.narrative[key]}
            fieldName={`narrative.${key}`}
            readOnly={readOnly}
            hint={(HINTED as readonly string[]).includes(key) ? t(`narrative.hints.${key as (typeof HINTED)[number]}`) : undefined}
            rows={keys.length > 1 ? 7 : 14}
            onCommit={commits.get(key)!}
          />
        ))}
        {Extra && <Extra />}
      </Section>
    );
  };
}

// Only its keys are used (as a type): which sections open with an introduction.
const _INTRO_KEYS = { dokumen: 1, 'latar-belakang': 1, 'ruang-lingkup': 1, 'profil-organisasi': 1, refleksi: 1, penutup: 1 } as const;

export const DocumentSection = narrativeSection('dokumen', ['kataPengantar', 'abstrak'], DocumentSettingsFields);
export const BackgroundSection = narrativeSection('latar-belakang', ['latarBelakang']);
export const ScopeSection = narrativeSection('ruang-lingkup', ['ruangLingkup']);
export const ProfileSection = narrativeSection('profil-organisasi', ['profilOrganisasi']);
export const ReflectionSection = narrativeSection('refleksi', ['perananTim', 'pengelolaanStakeholder', 'refleksiKepemimpinan', 'manfaatDirasakan']);
export const ClosingSection = narrativeSection('penutup', ['kesimpulan', 'saran']);

/** Manfaat: one text per beneficiary group (docs/domain.md §6.4). */
export function BenefitsSection() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const commits = useMemo(
    () => new Map(BENEFICIARIES.map((b) => [b, (value: string) => dispatch({ type: 'benefits/patch', patch: { [b]: value } })])),
    [dispatch],
  );
  return (
    <Section id="manfaat" title={t('workspace.sections.manfaat')} intro={t('narrative.intros.manfaat')}>
      {BENEFICIARIES.map((b) => (
        <RichTextField
          key={b}
          label={t('narrative.benefit', { who: t(`terms.beneficiaries.${b}`).toLowerCase() })}
          value={p.benefits[b]}
          fieldName={`benefits.${b}`}
          readOnly={readOnly}
          rows={4}
          onCommit={commits.get(b)!}
        />
      ))}
    </Section>
  );
}
