/** Words for the compare view: which field, which text, which total, and a value as the editor shows it. */
import type { TFunction } from 'i18next';
import type { FieldValue } from '../../../shared/domain/compare/items';
import type { TotalChange } from '../../../shared/domain/compare/compareProjects';
import type { Quadrant } from '../../../shared/model/enums';
import { formatDate } from '../../../shared/format/dates';
import { formatRupiah } from '../../../shared/format/numbers';
import { currentLang } from '../i18n';

const DATE_FIELDS = new Set(['start', 'end', 'actualStart', 'actualEnd']);
const MONEY_FIELDS = new Set(['unitCost', 'total']);

export function fieldLabel(t: TFunction, field: string): string {
  return t(`compare.fields.${field}`, { defaultValue: field });
}

export function fieldValue(t: TFunction, field: string, value: FieldValue): string {
  if (value === null || value === '') return t('compare.empty');
  if (typeof value === 'number') return MONEY_FIELDS.has(field) ? formatRupiah(value) : value.toLocaleString(currentLang() === 'en' ? 'en-GB' : 'id-ID');
  if (DATE_FIELDS.has(field)) return formatDate(value, currentLang()) || value;
  if (field === 'horizon') return t(`terms.horizons.${value}`, { defaultValue: value });
  if (field === 'source') return t(`terms.fundingSources.${value}`, { defaultValue: value });
  if (field === 'role') return t(`terms.teamRoles.${value}`, { defaultValue: value });
  return value;
}

/** "narrative.latarBelakang" → "Latar belakang"; "goals.PENDEK.statement" → "Tujuan: Jangka pendek". */
export function textLabel(t: TFunction, path: string): string {
  const [group, key = ''] = path.split('.');
  switch (group) {
    case 'title':
      return t('compare.texts.title');
    case 'narrative':
      return t(`narrative.fields.${key}`, { defaultValue: key });
    case 'benefits':
      return `${t('compare.texts.benefits')}: ${t(`terms.beneficiaries.${key}`, { defaultValue: key })}`;
    case 'goals':
      return `${t('compare.texts.goals')}: ${t(`terms.horizons.${key}`, { defaultValue: key })}`;
    case 'breakthrough':
      return `${t('compare.texts.breakthrough')}: ${fieldLabel(t, key === 'name' ? 'name' : 'description')}`;
    case 'seminars':
      return `${t('compare.texts.seminars')}: ${t(key === 'LAPORAN' ? 'versions.kinds.laporan' : 'versions.kinds.rancangan')}`;
    case 'issueAnalysis':
      return t('compare.texts.issueAnalysis');
    case 'sustainability':
      return t('compare.texts.sustainability');
    default:
      return path;
  }
}

export function totalLabel(t: TFunction, key: TotalChange['key']): string {
  if (key.startsWith('quadrant.')) {
    const [, which, q] = key.split('.') as [string, string, Quadrant];
    return t(which === 'before' ? 'compare.totals.quadrantBefore' : 'compare.totals.quadrantAfter', { quadrant: t(`compare.quadrants.${q}`) });
  }
  return t(`compare.totals.${key as 'budgetTotal' | 'scheduleStart' | 'scheduleEnd'}`);
}

export function totalValue(t: TFunction, key: TotalChange['key'], value: TotalChange['before']): string {
  if (value === null) return t('compare.empty');
  if (key === 'budgetTotal') return formatRupiah(Number(value));
  if (typeof value === 'string') return formatDate(value, currentLang()) || value;
  return value.toLocaleString(currentLang() === 'en' ? 'en-GB' : 'id-ID');
}
