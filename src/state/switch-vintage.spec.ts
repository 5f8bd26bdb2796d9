import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthIndex } from '../model/month';
import { allVintages } from '../model/bundled-vintages';
import { HORIZONS, ScenarioState } from './scenario.svelte';
import { carryOver } from './switch-vintage';
import { decodeUrlState, defaultUrlState, encodeUrlState } from './url-state';
import { urlContextOf } from './url-sync.svelte';

const vintages = allVintages();
const [seed, latest] = [...vintages.values()];
const context = urlContextOf(vintages, seed!.vintage);
const lateOnly = latest!.indicators
  .map((i) => i.id)
  .filter((id) => !seed!.indicators.some((i) => i.id === id));

describe('carryOver: one vintage switch for every control', () => {
  it('keeps what the new vintage has, drops the rest by name, and widens the horizon to its deadlines', () => {
    const late = lateOnly[0]!;
    const carried = carryOver(
      {
        rateOverrides: { [late]: 0.2, fibreHouseholds: 0.5 },
        userObservations: { [late]: [{ month: monthIndex('2026-01'), value: 1 }] },
        focus: late,
        horizon: monthIndex('2026-12'),
        asOfChoice: monthIndex('2025-12'),
      },
      seed!,
      HORIZONS,
    );
    expect(carried).toEqual({
      rateOverrides: { fibreHouseholds: 0.5 },
      userObservations: {},
      focus: null,
      // The 2024 data's targets run to 12/2030: the shortest horizon that shows them all.
      horizon: monthIndex('2030-12'),
      asOfChoice: null,
      dropped: [late],
    });
  });

  it.each([
    [null, null], // the old vintage's own month → the new one's
    [monthIndex('2025-12'), null], // a chosen month → the new vintage's own month
    ['today', 'today'], // the calendar month stays the calendar month
  ] as const)('answers speak from %j before the switch, from %j after', (before, after) => {
    const parts = { rateOverrides: {}, userObservations: {}, focus: null, horizon: HORIZONS[0]! };
    expect(carryOver({ ...parts, asOfChoice: before }, latest!, HORIZONS).asOfChoice).toBe(after);
  });
});

describe('ScenarioState.useVintage: the one path by which the vintage changes', () => {
  it('puts the vintage in use with the parts given, and the vintage cannot be set alone', () => {
    const scenario = new ScenarioState(vintages, seed!.vintage);
    const parts = {
      rateOverrides: { dossiersFullOnline: 2 },
      userObservations: { dossiersFullOnline: [{ month: monthIndex('2025-06'), value: 60 }] },
      horizon: monthIndex('2030-12'),
      asOfChoice: 'today' as const,
    };
    scenario.useVintage(latest!.vintage, parts);
    expect(scenario.vintage).toBe(latest!.vintage);
    expect(scenario.snapshot()).toMatchObject({
      rateOverrides: parts.rateOverrides,
      userObservations: parts.userObservations,
      horizon: parts.horizon,
    });
    expect(scenario.asOfChoice).toBe('today');
    expect(() => {
      // @ts-expect-error -- read-only: a vintage without its parts would mix two datasets' scenarios
      scenario.vintage = seed!.vintage;
    }).toThrow(TypeError);
  });
});

describe('links round-trip for every indicator of every vintage', () => {
  it('knows the indicators only the latest data has', () => {
    expect(lateOnly.length).toBeGreaterThan(0);
    for (const id of lateOnly) expect(context.indicators.map((i) => i.id)).toContain(id);
  });

  it('a rate, a focus and an added figure of any indicator, on any vintage (property)', () => {
    const indicator = fc.constantFrom(...context.indicators);
    fc.assert(
      fc.property(
        fc.constantFrom(...vintages.keys()),
        indicator,
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: monthIndex('2020-01'), max: monthIndex('2026-12') }),
        (vintage, i, step, month) => {
          const state = defaultUrlState(context);
          state.vintage = vintage;
          const rate = Math.round(i.rateRange[0] + ((i.rateRange[1] - i.rateRange[0]) * step) / 1000);
          state.snapshot.rateOverrides = { [i.id]: rate };
          state.snapshot.userObservations = { [i.id]: [{ month, value: Math.min(i.ceiling ?? 50, 50) }] };
          state.focus = i.id;
          const { state: back, ignored } = decodeUrlState(encodeUrlState(state, context), context);
          expect(ignored).toEqual([]);
          expect(back.vintage).toBe(vintage);
          expect(back.snapshot.rateOverrides).toEqual({ [i.id]: rate });
          expect(back.snapshot.userObservations).toEqual(state.snapshot.userObservations);
          expect(back.focus).toBe(i.id);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the issue’s link: a rate for the digital economy’s value added on the latest data', () => {
    const search = '?v=3&data=latest-2026&h=2030-12&r.digitalEconomyValueAdded=0.2';
    const { state, ignored } = decodeUrlState(search, context);
    expect(ignored).toEqual([]);
    expect(encodeUrlState(state, context)).toBe(search);
  });
});
