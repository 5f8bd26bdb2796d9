import { monthText, type MonthIndex } from '../model/month';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** A formatter and the texts it already gave: a drag formats the same targets and rates at every step. */
interface NumberFormat {
  format: Intl.NumberFormat;
  texts: Map<number, string>;
}
const numberFormats = new Map<string, NumberFormat>();
/** Texts kept per formatter; past this the memo starts afresh (a drag adds a few hundred values at most). */
const MAX_REMEMBERED = 512;

/**
 * A number in the locale's style with at most `digits` decimals.
 * @example formatNumber(82.2, 'vi') === '82,2'; formatNumber(82.2, 'en') === '82.2'
 */
export function formatNumber(value: number, lang: Lang, digits = 1, minDigits = 0): string {
  const key = `${lang}:${digits}:${minDigits}`;
  let entry = numberFormats.get(key);
  if (!entry) {
    const format = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', {
      maximumFractionDigits: digits,
      minimumFractionDigits: minDigits,
    });
    entry = { format, texts: new Map() };
    numberFormats.set(key, entry);
  }
  // Avoid "-0".
  const shown = Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value;
  let text = entry.texts.get(shown);
  if (text === undefined) {
    if (entry.texts.size >= MAX_REMEMBERED) entry.texts.clear();
    text = entry.format.format(shown);
    entry.texts.set(shown, text);
  }
  return text;
}

/** A percent value (0–100) as text. @example formatPercent(82.2, 'vi') === '82,2%' */
export function formatPercent(value: number, lang: Lang, digits = 1): string {
  return `${formatNumber(value, lang, digits)}%`;
}

// English short month names as Intl gives them for en-GB ("Dec 2025"), built on first use with one formatter:
// creating Intl formatters is costly on a slow phone, and a Vietnamese page may never need these.
let enMonths: string[] | null = null;
function enMonth(m: number): string {
  if (!enMonths) {
    const format = new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' });
    enMonths = Array.from({ length: 12 }, (_, k) => format.format(new Date(Date.UTC(2000, k, 1))));
  }
  return enMonths[m]!;
}

/**
 * A month for people. @example formatMonth(monthIndex('2025-12'), 'vi') === '12/2025'; 'en' → 'Dec 2025'
 */
export function formatMonth(month: MonthIndex, lang: Lang): string {
  const [year, mm] = monthText(month).split('-');
  if (lang === 'vi') return `${mm}/${year}`;
  return `${enMonth(Number(mm) - 1)} ${year}`;
}

/**
 * A month on a chart's time axis, spelt out in the page language.
 * @example formatAxisMonth(monthIndex('2025-12'), 'vi') === 'tháng 12/2025'; 'en' → 'Dec 2025'
 */
export function formatAxisMonth(month: MonthIndex, lang: Lang): string {
  return lang === 'vi' ? `tháng ${formatMonth(month, lang)}` : formatMonth(month, lang);
}

/**
 * The twelve month names of a language, as Intl spells them, for pickers.
 * @example monthNames('vi')[11] === 'Tháng 12' (Node; browsers may write 'tháng 12'); monthNames('en')[11] === 'December'
 */
export function monthNames(lang: Lang): string[] {
  const format = new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    month: 'long',
    timeZone: 'UTC',
  });
  return Array.from({ length: 12 }, (_, m) => format.format(new Date(Date.UTC(2000, m, 1))));
}

/**
 * Reads a typed decimal in either style: "2,5" and "2.5" both mean 2.5; "−1,2" works too.
 * Returns null for anything that is not a plain number.
 */
export function parseDecimal(text: string): number | null {
  const cleaned = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}
