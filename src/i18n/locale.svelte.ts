import type { Localized, Unit } from '../model/dataset-schema';
import type { MonthIndex } from '../model/month';
import { formatAxisMonth, formatMonth, formatNumber, monthNames, type Lang } from './format';
import { vi, type StringKey, type Strings } from './strings-vi';

const RATE_UNIT: Record<Unit, StringKey> = {
  percent: 'rateUnitPercent',
  percentOfGdp: 'rateUnitPercentOfGdp',
  millionAccounts: 'rateUnitMillionAccounts',
  millionPeople: 'rateUnitMillionPeople',
  billionUsd: 'rateUnitBillionUsd',
};

const VALUE_FORMAT: Partial<Record<Unit, StringKey>> = {
  millionAccounts: 'valueMillionAccounts',
  millionPeople: 'valueMillionPeople',
  billionUsd: 'valueBillionUsd',
};

/** The interface language and every text helper that depends on it. Reading `lang` makes callers reactive. */
class Locale {
  #lang = $state<Lang>('vi');
  /** Vietnamese is the page's own language; the English table loads when first wanted. */
  #tables = $state.raw<Partial<Record<Lang, Strings>>>({ vi });

  get lang(): Lang {
    return this.#lang;
  }

  /** The language of the table texts come from now: Vietnamese until a table switched to is loaded. */
  get textLang(): Lang {
    return this.#tables[this.#lang] ? this.#lang : 'vi';
  }

  /** Switches language; until a table not yet loaded is in (a moment, or offline from the cache), texts stay in Vietnamese. */
  set lang(lang: Lang) {
    this.#lang = lang;
    void this.load(lang);
  }

  /** Loads a language's table (the page awaits it before drawing a link that asks for English). */
  async load(lang: Lang): Promise<void> {
    if (this.#tables[lang]) return;
    const { en } = await import('./strings-en');
    this.#tables = { ...this.#tables, en };
  }

  /** A string from the table of the current language, with `{name}` placeholders filled. */
  t = (key: StringKey, params: Record<string, string | number> = {}): string =>
    (this.#tables[this.#lang] ?? vi)[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    );

  /** The current language's half of a bilingual data text. */
  text = (value: Localized): string => value[this.lang];

  month = (month: MonthIndex): string => formatMonth(month, this.lang);

  /** A month on a chart axis: "7/2025", "Jul 2025". */
  axisMonth = (month: MonthIndex): string => formatAxisMonth(month, this.lang);

  /** The twelve month names for pickers: "tháng 1" … "tháng 12", "January" … "December". */
  monthNames = $derived(monthNames(this.lang));

  number = (value: number, digits = 1): string => formatNumber(value, this.lang, digits);

  /** A value in its unit: "82,2%", "75,7 triệu", "USD 20.5 bn". */
  value = (unit: Unit, value: number, digits = 1): string => {
    const key = VALUE_FORMAT[unit];
    const number = formatNumber(value, this.lang, digits);
    return key ? this.t(key, { value: number }) : `${number}%`;
  };

  /** A gap or a rate with its unit: "2,1 điểm %", "3,22 điểm %/tháng". */
  rate = (unit: Unit, value: number, digits = 2): string =>
    `${formatNumber(value, this.lang, digits)} ${this.t(RATE_UNIT[unit])}`;

  rateUnit = (unit: Unit): string => this.t(RATE_UNIT[unit]);

  /**
   * A gap with its unit: "2,1 điểm %" in short labels; with `inSentence`, "2,1 điểm phần trăm" (the glossary's
   * words for a full sentence), "2.1 percentage points".
   */
  gap = (unit: Unit, value: number, inSentence = false): string => {
    const number = formatNumber(value, this.lang, 1);
    if (unit === 'percent' || unit === 'percentOfGdp') {
      if (inSentence) return this.lang === 'vi' ? `${number} điểm phần trăm` : `${number} percentage points`;
      return this.lang === 'vi' ? `${number} điểm %` : `${number} pp`;
    }
    return this.value(unit, value);
  };
}

export const locale = new Locale();
