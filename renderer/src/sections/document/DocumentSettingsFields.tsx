/** How the DOCX report is laid out (docs/domain.md §8): paper, font, spacing, margins, rupiah style, the schedule as table or figure. */
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../../shared/format/numbers';
import { CURRENCY_STYLES, LINE_SPACINGS, PAPER_SIZES, REPORT_FONTS } from '../../../../shared/model/enums';
import { SCHEDULE_FORMS } from '../../../../shared/model/scheduleForm';
import type { DocumentSettings } from '../../../../shared/model/types';
import { LogoField } from '../../attachments/LogoField';
import { ChoiceField } from '../../components/ChoiceField';
import { NumberInput } from '../../components/NumberInput';
import { useEdit } from '../../components/useEdit';

const MARGINS = ['top', 'left', 'bottom', 'right'] as const;

export function DocumentSettingsFields() {
  const { t } = useTranslation();
  const { p, dispatch, readOnly } = useEdit();
  const s = p.documentSettings;
  const patch = (change: Partial<DocumentSettings>) => dispatch({ type: 'documentSettings/patch', patch: change });
  return (
    <fieldset className="document-settings">
      <legend>{t('narrative.settings.title')}</legend>
      <p className="hint">{t('narrative.settings.hint')}</p>
      <div className="grid">
        <ChoiceField
          label={t('narrative.settings.paper')}
          value={s.paper}
          allowNone={false}
          readOnly={readOnly}
          fieldName="documentSettings.paper"
          options={PAPER_SIZES.map((x) => ({ value: x, label: t(`narrative.settings.papers.${x}`) }))}
          onCommit={(paper) => paper && patch({ paper })}
        />
        <ChoiceField
          label={t('narrative.settings.font')}
          value={s.font}
          allowNone={false}
          readOnly={readOnly}
          fieldName="documentSettings.font"
          options={REPORT_FONTS.map((x) => ({ value: x, label: x }))}
          onCommit={(font) => font && patch({ font })}
        />
        <NumberInput
          label={t('narrative.settings.fontSize')}
          value={s.fontSizePt}
          min={9}
          max={16}
          readOnly={readOnly}
          fieldName="documentSettings.fontSizePt"
          onCommit={(v) => v !== null && patch({ fontSizePt: v })}
        />
        <ChoiceField
          label={t('narrative.settings.lineSpacing')}
          value={String(s.lineSpacing)}
          allowNone={false}
          readOnly={readOnly}
          fieldName="documentSettings.lineSpacing"
          options={LINE_SPACINGS.map((x) => ({ value: String(x), label: formatNumber(x) }))}
          onCommit={(v) => v && patch({ lineSpacing: Number(v) as DocumentSettings['lineSpacing'] })}
        />
        <ChoiceField
          label={t('narrative.settings.currency')}
          value={s.currencyStyle}
          allowNone={false}
          readOnly={readOnly}
          fieldName="documentSettings.currencyStyle"
          options={CURRENCY_STYLES.map((x) => ({ value: x, label: t(`narrative.settings.currencies.${x}`) }))}
          onCommit={(currencyStyle) => currencyStyle && patch({ currencyStyle })}
        />
        <ChoiceField
          label={t('narrative.settings.scheduleAs')}
          value={s.scheduleAs}
          allowNone={false}
          readOnly={readOnly}
          fieldName="documentSettings.scheduleAs"
          options={SCHEDULE_FORMS.map((x) => ({ value: x, label: t(`narrative.settings.scheduleForms.${x}`) }))}
          onCommit={(scheduleAs) => scheduleAs && patch({ scheduleAs })}
        />
      </div>
      <fieldset className="margins">
        <legend>{t('narrative.settings.margins')}</legend>
        <div className="grid">
          {MARGINS.map((m) => (
            <NumberInput
              key={m}
              label={t(`narrative.settings.margin.${m}`)}
              value={s.marginsCm[m]}
              min={1}
              max={8}
              readOnly={readOnly}
              fieldName={`documentSettings.margins.${m}`}
              onCommit={(v) => v !== null && patch({ marginsCm: { ...s.marginsCm, [m]: v } })}
            />
          ))}
        </div>
      </fieldset>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={s.showStakeholderScores}
          disabled={readOnly}
          data-field="documentSettings.showStakeholderScores"
          onChange={(e) => patch({ showStakeholderScores: e.target.checked })}
        />
        <span>{t('narrative.settings.showScores')}</span>
      </label>
      <LogoField />
    </fieldset>
  );
}
