import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthIndex } from '../model/month';
import {
  formatAxisMonth,
  formatMonth,
  formatNumber,
  formatPercent,
  monthNames,
  parseDecimal,
} from './format';
import { en } from './strings-en';
import { vi } from './strings-vi';

describe('formatting for the locale', () => {
  it.each([
    [82.2, 'vi', '82,2%'],
    [82.2, 'en', '82.2%'],
    [42, 'vi', '42%'],
  ] as const)('%d in %s → %s', (value, lang, expected) => {
    expect(formatPercent(value, lang)).toBe(expected);
  });
  it('writes thousands the local way', () => {
    expect(formatNumber(4543, 'vi')).toBe('4.543');
    expect(formatNumber(4543, 'en')).toBe('4,543');
  });
  it('never writes "-0": a value that rounds to zero is zero', () => {
    expect(formatNumber(-0.004, 'vi', 2)).toBe('0');
    expect(formatNumber(-0.04, 'en')).toBe('0');
  });
  it.each([
    [1.005, 'en', 2, 0, '1.01'], // Intl rounds the shortest decimal (1.005), not 1.00499…
    [0.125, 'vi', 2, 0, '0,13'],
    [-2.5, 'en', 0, 0, '-3'],
    [999.96, 'en', 1, 0, '1,000'],
    [1234567.891, 'vi', 1, 0, '1.234.567,9'],
    [12.3, 'vi', 3, 2, '12,30'],
    [7, 'en', 2, 2, '7.00'],
  ] as const)(
    '%d in %s with %d digits (at least %d) → %s, as Intl writes it',
    (value, lang, digits, min, text) => {
      expect(formatNumber(value, lang, digits, min)).toBe(text);
    },
  );
  it('writes every number as Intl.NumberFormat does, small, large, near a tie, with a least count of digits', () => {
    const value = fc.oneof(
      fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      fc.double({ min: -2, max: 2, noNaN: true }),
      // Ties and near-ties at a few decimals: 0.125, 2.675, 1.005…
      fc
        .tuple(fc.integer({ min: -99999, max: 99999 }), fc.integer({ min: 1, max: 4 }))
        .map(([n, d]) => (n + 0.5) / 10 ** d),
    );
    fc.assert(
      fc.property(
        value,
        fc.constantFrom('vi' as const, 'en' as const),
        fc.integer({ min: 0, max: 4 }),
        fc.integer({ min: 0, max: 4 }),
        (v, lang, digits, least) => {
          const min = Math.min(least, digits);
          const intl = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', {
            maximumFractionDigits: digits,
            minimumFractionDigits: min,
          });
          // A value that rounds to zero is written "0" (never "-0"), with its least digits.
          const expected = Math.abs(v) < 0.5 * 10 ** -digits ? intl.format(0) : intl.format(v);
          expect(formatNumber(v, lang, digits, min)).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });
  it('gives what a fresh Intl formatter gives, however many values it has remembered before', () => {
    const value = fc.double({ min: -1e6, max: 1e6, noNaN: true }).filter((v) => Math.abs(v) >= 0.5);
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 1200 }),
        fc.constantFrom('vi' as const, 'en' as const),
        fc.integer({ min: 0, max: 3 }),
        (values, lang, digits) => {
          const fresh = new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-US', {
            maximumFractionDigits: digits,
          });
          // Twice over: the second pass reads the remembered texts (or fresh ones after a clear).
          for (const v of [...values, ...values]) expect(formatNumber(v, lang, digits)).toBe(fresh.format(v));
        },
      ),
      { numRuns: 30 },
    );
  });
  it.each([
    ['2025-12', 'vi', '12/2025'],
    ['2025-07', 'vi', '7/2025'],
    ['2025-12', 'en', 'Dec 2025'],
  ] as const)('month %s in %s → %s', (month, lang, expected) => {
    expect(formatMonth(monthIndex(month), lang)).toBe(expected);
  });
});

describe('months on a chart axis and in pickers', () => {
  it.each([
    ['2025-12', 'vi', '12/2025'],
    ['2024-07', 'vi', '7/2024'],
    ['2025-12', 'en', 'Dec 2025'],
  ] as const)('axis month %s in %s → %s', (month, lang, expected) => {
    expect(formatAxisMonth(monthIndex(month), lang)).toBe(expected);
  });
  it.each([
    ['vi', 0, /^tháng 1$/i],
    ['vi', 11, /^tháng 12$/i],
    ['en', 0, /^January$/],
    ['en', 11, /^December$/],
  ] as const)('month name %s[%d] matches %s', (lang, index, pattern) => {
    expect(monthNames(lang)).toHaveLength(12);
    expect(monthNames(lang)[index]).toMatch(pattern);
  });
});

describe('parseDecimal', () => {
  it.each([
    ['2,5', 2.5],
    ['2.5', 2.5],
    [' 3 ', 3],
    ['-1,25', -1.25],
    ['\u22121,5', -1.5],
    ['.5', 0.5],
  ])('%j → %d', (text, expected) => {
    expect(parseDecimal(text)).toBe(expected);
  });
  it.each(['', 'abc', '2,5,1', '1e3', '2.5%', '--1', 'NaN', 'Infinity'])('%j → null', (text) => {
    expect(parseDecimal(text)).toBeNull();
  });
});

describe('string tables', () => {
  it('have the same keys and the same placeholders in both languages', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });
});
