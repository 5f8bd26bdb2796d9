/**
 * Spreads offered to the user, in pp/month (the standard deviation of one month's rate). The seeded trends
 * move 0.17–0.53 pp/month (IPv6 0.17, fibre 0.43, smartphones 0.53), so "low" is half a typical month's
 * progress, "medium" about one, "high" two: over 18 months 0.5 pp/month spreads the end value by
 * 0.5·√18 ≈ 2.1 pp (one standard deviation), 1 pp/month by ≈ 4.2 pp. They are manual overrides of the
 * month-to-month part of the band; the default band is estimated from the data (band-estimate.ts).
 */
export const SPREAD_PRESETS = { off: 0, low: 0.25, medium: 0.5, high: 1 } as const;

export type SpreadPreset = keyof typeof SPREAD_PRESETS;
