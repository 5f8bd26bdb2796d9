import { describe, expect, it } from 'vitest';
import { countedPoints, defaultRate } from '../model/baseline';
import { monthIndex } from '../model/month';
import { projectScenario } from '../model/project-scenario';
import { buildRequest } from './build-request';
import { activePreset, planRates } from './presets';
import { seed } from './spec-fixtures';

const dataset = seed;
const defaults = new Map(dataset.indicators.map((i) => [i.id, defaultRate(countedPoints(i.observations))]));
const verdictsFor = (splitLevels: boolean) =>
  projectScenario(
    buildRequest(
      dataset,
      {
        model: 'linear',
        horizon: monthIndex('2026-12'),
        splitLevels,
        rateOverrides: {},
        userObservations: {},
        trendWindow: 'sinceBreak',
      },
      defaults,
    ),
  ).verdicts;

describe('planRates', () => {
  it('sets the dossier share to what its nearest target (80% by 2024-12) needs: 38/6 → 6.34', () => {
    expect(planRates(dataset, verdictsFor(false), false)['dossiersFullOnline']).toBe(6.34);
  });
  it('sets the services rate to 25/5 = 5 for 80% by 2024-12', () => {
    expect(planRates(dataset, verdictsFor(false), false)['servicesFullOnline']).toBe(5);
  });
  it('leaves indicators without a reachable-by-rate target (no baseline, already met, no target) on trend', () => {
    const plan = planRates(dataset, verdictsFor(false), false);
    expect(plan).not.toHaveProperty('dossiersTaggedWithId'); // no baseline
    expect(plan).not.toHaveProperty('paymentAccounts');
    expect(plan).not.toHaveProperty('fibreHouseholds');
  });
  it('split by level: each level gets the rate its own 2024 target needs, not the national mix rate', () => {
    // Ministries 70% by 2024-12 from 61% (06/2024): 9/6 = 1.5; provinces 30% from 17%: 13/6 = 2.1667 → 2.17.
    const plan = planRates(dataset, verdictsFor(true), true);
    expect(plan['dossiersFullOnlineMinistries']).toBe(1.5);
    expect(plan['dossiersFullOnlineLocalities']).toBe(2.17);
  });
});

describe('activePreset', () => {
  it.each([
    [{}, { a: 1 }, 'trend'],
    [{ a: 1 }, { a: 1 }, 'plan'],
    [{ a: 2 }, { a: 1 }, 'custom'],
    [{ a: 1, b: 3 }, { a: 1 }, 'custom'],
  ] as const)('%j with plan %j → %s', (overrides, plan, expected) => {
    expect(activePreset(overrides, plan)).toBe(expected);
  });
});
