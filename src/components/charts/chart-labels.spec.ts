import { describe, expect, it } from 'vitest';
import { monthIndex, monthText } from '../../model/month';
import { chartLabels, type LabelLocale } from './chart-labels';

// A stand-in locale that writes each key and its parameters, so the test reads which string is used where.
const l: LabelLocale = {
  t: (key, params) => (params ? `${key}(${Object.values(params).join(',')})` : key),
  month: monthText,
  value: (unit, value) => `${value} ${unit}`,
};
const JULY_2024 = monthIndex('2024-07');
const labels = (over: Partial<Parameters<typeof chartLabels>[1]> = {}) =>
  chartLabels(l, { unit: 'percent', asOfMonth: JULY_2024, calendarMonth: JULY_2024, ...over });

describe('chartLabels', () => {
  it.each([
    ['observed', 'observed'],
    ['beforeBreak', 'beforeBreak'],
    ['alternative', 'observedAlternative'],
    ['user', 'observedUser'],
    ['projection', 'projection'],
    ['reference', ''],
    ['ministries', 'projectionMinistries'],
    ['today', 'today'],
  ] as const)('%s reads %j', (label, expected) => {
    expect(labels()[label]).toBe(expected);
  });

  it('names the projection and the reference line as the caller asks', () => {
    const named = labels({ projectionLabel: 'seed projection', referenceLabel: 'Reference: Plan A' });
    expect([named.projection, named.reference]).toEqual(['seed projection', 'Reference: Plan A']);
  });

  it('tags the answers’ month "as of" when it is not the calendar month', () => {
    expect(labels({ calendarMonth: monthIndex('2026-12') }).today).toBe('asOfTag(2024-07)');
  });

  it('writes values in the indicator’s unit, months and the reached star’s text', () => {
    const { value, month, reached } = labels();
    expect([value(80), month(JULY_2024), reached(JULY_2024)]).toEqual([
      '80 percent',
      '2024-07',
      'reachedMarker(2024-07)',
    ]);
  });
});
