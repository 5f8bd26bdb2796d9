import { describe, expect, it } from 'vitest';
import { monthIndex } from '../model/month';
import { projectScenario } from '../model/project-scenario';
import { seed, seedDefaults, snapshotWith } from './spec-fixtures';
import { buildRequest, type ScenarioSnapshot } from './build-request';

const dataset = seed;
const defaults = seedDefaults;
const snapshot = snapshotWith;
const verdict = (s: ScenarioSnapshot, indicator: string, target: string) =>
  projectScenario(buildRequest(dataset, s, defaults)).verdicts.find(
    (v) => v.indicatorId === indicator && v.targetId === target,
  )!;

describe('the seeded page, end to end through the engine', () => {
  it('keeps figures that rest on an assumption out of the default trend', () => {
    // Fibre 79.6 (12/2023) reads "tăng 2,6%" as points: drawn, but the trend has one stated point → flat.
    expect(defaults.get('fibreHouseholds')).toBe(0);
    // Digital signatures: the 3% has a year only ("giai đoạn 2022 - 2024"), so its month is an assumption;
    // 13.5% (07/2024) is the one stated point → flat.
    expect(defaults.get('digitalSignatureAdults')).toBe(0);
  });

  it('asks 58/18 pp/month of the dossier share for 100% by end-2025, and 25/17 of the services rate for 80%', () => {
    const dossier = verdict(snapshot(), 'dossiersFullOnline', 'dossiers100by2025');
    expect(dossier.required).toEqual({ kind: 'rate', ratePerMonth: expect.closeTo(58 / 18, 9) });
    const services = verdict(snapshot(), 'servicesFullOnline', 'services80by2025');
    expect(services.required).toEqual({ kind: 'rate', ratePerMonth: expect.closeTo(25 / 17, 9) });
  });

  it('re-bases on a user observation: 60% in 2025-06 needs 40/6 pp/month for 100% by 2025-12', () => {
    const s = snapshot({
      userObservations: { dossiersFullOnline: [{ month: monthIndex('2025-06'), value: 60 }] },
    });
    expect(verdict(s, 'dossiersFullOnline', 'dossiers100by2025').required).toEqual({
      kind: 'rate',
      ratePerMonth: expect.closeTo(40 / 6, 9),
    });
  });

  it('starts adults using online services from PAPI 2023, and re-bases on the user’s own figure', () => {
    // PAPI 2023: 8.3% in 10/2023; 50% by 12/2025 needs (50 − 8.3) / 26 = 1.6038 pp/month.
    expect(verdict(snapshot(), 'adultsUsingOnlineServices', 'adults50by2025').required).toEqual({
      kind: 'rate',
      ratePerMonth: expect.closeTo(41.7 / 26, 9),
    });
    const s = snapshot({
      userObservations: { adultsUsingOnlineServices: [{ month: monthIndex('2024-12'), value: 30 }] },
      rateOverrides: { adultsUsingOnlineServices: 2 },
    });
    // 30 + 2·12 = 54 ≥ 50 at 2025-12; reached when 30 + 2t ≥ 50 → t = 10 → 2025-10
    expect(verdict(s, 'adultsUsingOnlineServices', 'adults50by2025')).toMatchObject({
      status: 'reached',
      reachedMonth: monthIndex('2025-10'),
    });
  });

  it('split by level, the national line needs 83/18 pp/month at both levels for 100%', () => {
    const v = verdict(snapshot({ splitLevels: true }), 'dossiersFullOnline', 'dossiers100by2025');
    expect(v.required).toEqual({ kind: 'rate', ratePerMonth: expect.closeTo(83 / 18, 9) });
  });
});
