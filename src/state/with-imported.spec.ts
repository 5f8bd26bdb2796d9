import { describe, expect, it } from 'vitest';
import { monthIndex } from '../model/month';
import { dataset2024 } from '../model/bundled-vintages';
import { withImported } from './with-imported';

const base = dataset2024();
const imported = {
  name: 'Tỉnh Bắc Kạn, số liệu 2025',
  observations: { dossiersFullOnline: [{ month: monthIndex('2025-06'), value: 23.5 }] },
  targets: { dossiersFullOnline: [{ value: 60, deadline: monthIndex('2026-12') }] },
};

describe('withImported', () => {
  const dataset = withImported(base, imported);
  const dossiers = dataset.indicators.find((i) => i.id === 'dossiersFullOnline')!;

  it('replaces the national figures of a covered indicator by the province\u2019s own', () => {
    expect(dossiers.observations.map((o) => [o.month, o.value, o.source])).toEqual([
      [monthIndex('2025-06'), 23.5, 'import'],
    ]);
    expect(dossiers.mixWeight).toBeNull(); // the national ministries/localities weight no longer applies
  });

  it('adds the file\u2019s targets beside the official ones, sourced to the file', () => {
    expect(dossiers.shownTargets.at(-1)).toMatchObject({
      value: 60,
      deadline: monthIndex('2026-12'),
      source: 'import',
      context: false,
      counts: 'dossiersFullOnline',
    });
    expect(dataset.sources.get('import')!.title.vi).toBe('Tỉnh Bắc Kạn, số liệu 2025');
  });

  it('leaves indicators the file does not cover untouched', () => {
    const fibre = (d: typeof base) => d.indicators.find((i) => i.id === 'fibreHouseholds');
    expect(fibre(dataset)).toBe(fibre(base));
  });
});
