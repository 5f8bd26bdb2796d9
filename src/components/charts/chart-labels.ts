import type { locale } from '../../i18n/locale.svelte';
import type { Unit } from '../../model/dataset-schema';
import type { MonthIndex } from '../../model/month';
import type { ChartLabels } from './chart-inputs';
import { todayTagText } from './today-tag';

/** What the chart's texts are written with: the page's locale, or a stand-in in a test. */
export type LabelLocale = Pick<typeof locale, 't' | 'month' | 'value'>;

/**
 * The texts one chart draws, in the page language: its legend entries, the tag of the month the answers
 * speak from, target values and months.
 * @example chartLabels(locale, { unit: 'percent', asOfMonth, calendarMonth: asOfMonth }).today === 'hôm nay'
 */
export function chartLabels(
  l: LabelLocale,
  options: {
    unit: Unit;
    asOfMonth: MonthIndex;
    /** The calendar month: the tag says "hôm nay" only at this month. */
    calendarMonth: MonthIndex;
    /** Legend label of the projection line, when it is not the current scenario's. */
    projectionLabel?: string | undefined;
    /** Legend label of the dashed reference line ("Reference: Plan A"). */
    referenceLabel?: string | undefined;
  },
): ChartLabels {
  return {
    observed: l.t('observed'),
    beforeBreak: l.t('beforeBreak'),
    trendLine: l.t('trendLine'),
    alternative: l.t('observedAlternative'),
    national: l.t('observedNational'),
    user: l.t('observedUser'),
    projection: options.projectionLabel ?? l.t('projection'),
    reference: options.referenceLabel ?? '',
    band90: l.t('band90'),
    band50: l.t('band50'),
    ministries: l.t('projectionMinistries'),
    localities: l.t('projectionLocalities'),
    today: todayTagText(options.asOfMonth, options.calendarMonth, {
      today: l.t('today'),
      asOf: (month) => l.t('asOfTag', { month: l.month(month) }),
    }),
    value: (value) => l.value(options.unit, value),
    month: (month) => l.month(month),
    reached: (month) => l.t('reachedMarker', { month: l.month(month) }),
  };
}
