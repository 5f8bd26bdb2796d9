import { monthText, type MonthIndex } from '../model/month';

export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

/** The two languages' separators, as Intl.NumberFormat writes them for vi-VN and en-US. */
const SEPARATORS: Record<Lang, { decimal: string; group: string }> = {
  vi: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

/** Texts already given, per language and digits: a drag formats the same targets and rates at every step. */
const remembered = new Map<string, Map<number, string>>();
/** Texts kept per language and digits; past this the memo starts afresh (a drag adds a few hundred values at most). */
const MAX_REMEMBERED = 512;

/**
 * `digits` decimals of a non-negative number written plainly ("1234.5"), rounded the way Intl.NumberFormat
 * rounds: from the shortest decimal that reads back as the same number (what `String` gives: 1.005, not
 * 1.00499…), half away from zero. Null where `String` writes an exponent.
 */
function roundedDecimal(value: number, digits: number): { whole: string; fraction: string } | null {
  const text = String(value);
  if (text.includes('e')) return null;
  const [whole = '0', fraction = ''] = text.split('.');
  if (fraction.length <= digits) return { whole, fraction };
  const kept = whole + fraction.slice(0, digits);
  if (fraction[digits]! < '5') return { whole, fraction: fraction.slice(0, digits) };
  // Round up: add one to the last kept digit, carrying leftwards.
  const up = kept.split('');
  let i = up.length - 1;
  while (i >= 0 && up[i] === '9') up[i--] = '0';
  if (i < 0) up.unshift('1');
  else up[i] = String(Number(up[i]) + 1);
  const cut = up.length - digits;
  return { whole: up.slice(0, cut).join(''), fraction: up.slice(cut).join('') };
}

/**
 * A number in the locale's style with at most `digits` decimals (and at least `minDigits`).
 * The same text as Intl.NumberFormat, written without it: the first Intl formatter of a page loads the
 * language's data, tens of milliseconds of main thread on a slow phone, just as the page starts.
 * @example formatNumber(82.2, 'vi') === '82,2'; formatNumber(82.2, 'en') === '82.2'
 */
export function formatNumber(value: number, lang: Lang, digits = 1, minDigits = 0): string {
  const key = `${lang}:${digits}:${minDigits}`;
  let texts = remembered.get(key);
  if (!texts) remembered.set(key, (texts = new Map()));
  // Avoid "-0".
  const shown = Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value;
  let text = texts.get(shown);
  if (text === undefined) {
    if (texts.size >= MAX_REMEMBERED) texts.clear();
    text = plainNumber(shown, lang, digits, minDigits);
    texts.set(shown, text);
  }
  return text;
}

function plainNumber(value: number, lang: Lang, digits: number, minDigits: number): string {
  const rounded = Number.isFinite(value) ? roundedDecimal(Math.abs(value), digits) : null;
  // Infinity, NaN and numbers `String` writes with an exponent (never shown here): Intl as it is.
  if (!rounded) {
    const locale = lang === 'vi' ? 'vi-VN' : 'en-US';
    const options = { maximumFractionDigits: digits, minimumFractionDigits: minDigits };
    return new Intl.NumberFormat(locale, options).format(value);
  }
  const { decimal, group } = SEPARATORS[lang];
  let fraction = rounded.fraction.replace(/0+$/, '');
  fraction = fraction.padEnd(minDigits, '0');
  const whole = rounded.whole.replace(/\B(?=(\d{3})+$)/g, group);
  const sign = value < 0 ? '-' : '';
  return sign + whole + (fraction ? decimal + fraction : '');
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
 * A month for people, without a leading zero (the wording glossary: "7/2025", never "07/2025"); a Vietnamese
 * sentence puts "tháng" before it in its own words.
 * @example formatMonth(monthIndex('2025-07'), 'vi') === '7/2025'; 'en' → 'Jul 2025'
 */
export function formatMonth(month: MonthIndex, lang: Lang): string {
  const [year, mm] = monthText(month).split('-');
  if (lang === 'vi') return `${Number(mm)}/${year}`;
  return `${enMonth(Number(mm) - 1)} ${year}`;
}

/**
 * A month on a chart's time axis: short, as the planners' charts write it ("7/2025", "Jul 2025").
 * @example formatAxisMonth(monthIndex('2025-12'), 'vi') === '12/2025'; 'en' → 'Dec 2025'
 */
export function formatAxisMonth(month: MonthIndex, lang: Lang): string {
  return formatMonth(month, lang);
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
