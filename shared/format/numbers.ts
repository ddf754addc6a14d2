/** Numbers and money with Indonesian separators: "6.920.000", "76,4", "Rp6.920.000". */
import type { CurrencyStyle } from '../model/enums';
import { parseNumberEntry } from './numberEntry';

const grouped = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });
const groupedEn = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

export function formatNumber(n: number, lang: 'id' | 'en' = 'id'): string {
  return (lang === 'id' ? grouped : groupedEn).format(n);
}

/** Made on first use and kept: a formatter costs more to make than to use, and a report formats every amount. */
let rupiah: Intl.NumberFormat | undefined;

/** "Rp6.920.000" (PUEBI: no space after Rp) or "Rp6.920.000,00". */
export function formatRupiah(amount: number, style: CurrencyStyle = 'PLAIN'): string {
  const sign = amount < 0 ? '-' : '';
  const whole = Math.round(Math.abs(amount));
  const body = (rupiah ??= new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0, useGrouping: true })).format(whole);
  return `${sign}Rp${body}${style === 'DECIMALS' ? ',00' : ''}`;
}

/** Parses what people type for money or volume: "6.920.000", "Rp 40.000", "1,5". Null when it is not one number. */
export function parseIndonesianNumber(text: string): number | null {
  const entry = parseNumberEntry(text);
  return entry && entry.factors === null ? entry.value : null;
}
