import * as v from 'valibot';
import {
  IndicatorsFileSchema,
  SourcesFileSchema,
  type Indicator,
  type IndicatorsFile,
  type Localized,
  type Source,
  type Target,
} from './dataset-schema';
import { mixWeight } from './national-mix';

/** A target as shown on an indicator, remembering whether it belongs to another measure. */
export interface ShownTarget extends Target {
  /** Id of the indicator whose measure the target counts (differs from the chart's when borrowed). */
  ownerId: string;
  borrowed: boolean;
}

export interface LoadedIndicator extends Indicator {
  shownTargets: ShownTarget[];
  /** Ministries' weight in the national mix, from the three same-month observations. */
  mixWeight: number | null;
}

export interface Dataset {
  vintage: string;
  vintageLabel: Localized;
  groups: IndicatorsFile['groups'];
  indicators: LoadedIndicator[];
  sources: Map<string, Source>;
}

/** Raised when a data file breaks the schema or refers to something that does not exist. */
export class DatasetError extends Error {}

/**
 * Validates the seed files and resolves cross-references (sources, borrowed targets, mix weights).
 * Throws DatasetError with every problem listed.
 */
export function loadDataset(indicatorsJson: unknown, sourcesJson: unknown): Dataset {
  const indicatorsFile = v.safeParse(IndicatorsFileSchema, indicatorsJson);
  const sourcesFile = v.safeParse(SourcesFileSchema, sourcesJson);
  const problems: string[] = [];
  if (!indicatorsFile.success)
    problems.push(...indicatorsFile.issues.map((i) => `indicators: ${v.getDotPath(i)} ${i.message}`));
  if (!sourcesFile.success)
    problems.push(...sourcesFile.issues.map((i) => `sources: ${v.getDotPath(i)} ${i.message}`));
  if (!indicatorsFile.success || !sourcesFile.success) throw new DatasetError(problems.join('\n'));

  const sources = new Map(sourcesFile.output.sources.map((source) => [source.id, source]));
  const byId = new Map(indicatorsFile.output.indicators.map((indicator) => [indicator.id, indicator]));
  const groups = new Set(indicatorsFile.output.groups.map((group) => group.id));
  for (const indicator of indicatorsFile.output.indicators) {
    if (!groups.has(indicator.group)) problems.push(`${indicator.id}: unknown group ${indicator.group}`);
    for (const item of [...indicator.observations, ...indicator.targets]) {
      if (!sources.has(item.source)) problems.push(`${indicator.id}: unknown source ${item.source}`);
    }
    if (indicator.targetsFrom && !byId.has(indicator.targetsFrom))
      problems.push(`${indicator.id}: unknown targetsFrom`);
    if (indicator.mix && !(byId.has(indicator.mix.ministries) && byId.has(indicator.mix.localities))) {
      problems.push(`${indicator.id}: unknown mix component`);
    }
  }
  if (problems.length) throw new DatasetError(problems.join('\n'));

  const indicators = indicatorsFile.output.indicators.map((indicator): LoadedIndicator => {
    const own = indicator.targets.map((t) => ({ ...t, ownerId: indicator.id, borrowed: false }));
    const lender = indicator.targetsFrom ? byId.get(indicator.targetsFrom)! : null;
    const borrowed = lender ? lender.targets.map((t) => ({ ...t, ownerId: lender.id, borrowed: true })) : [];
    return { ...indicator, shownTargets: [...own, ...borrowed], mixWeight: weightOf(indicator, byId) };
  });
  return { ...indicatorsFile.output, indicators, sources };
}

function weightOf(indicator: Indicator, byId: Map<string, Indicator>): number | null {
  if (!indicator.mix) return null;
  const ministries = byId.get(indicator.mix.ministries)!;
  const localities = byId.get(indicator.mix.localities)!;
  for (const national of indicator.observations) {
    const m = ministries.observations.find((o) => o.month === national.month);
    const l = localities.observations.find((o) => o.month === national.month);
    if (m && l) return mixWeight(national.value, m.value, l.value);
  }
  return null;
}
