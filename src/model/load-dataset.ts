import * as v from 'valibot';
import {
  IndicatorsFileSchema,
  LaterFiguresFileSchema,
  SourcesFileSchema,
  type Indicator,
  type IndicatorsFile,
  type Localized,
  type Observation,
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

/** An observation and the data vintage it came with. */
export interface LoadedObservation extends Observation {
  vintage: string;
}

/** Ministries' weight in the national mix and the same-month figures it was worked out from. */
export interface MixWeight {
  weight: number;
  month: string;
  national: number;
  ministries: number;
  localities: number;
  source: string;
}

export interface LoadedIndicator extends Omit<Indicator, 'observations'> {
  observations: LoadedObservation[];
  shownTargets: ShownTarget[];
  mixWeight: MixWeight | null;
  /** Definitional breaks, oldest first. */
  breaks: { month: string; note: Localized }[];
  /** In a later vintage: what was searched for when no newer figure was found. */
  notFound: string | null;
}

export interface Dataset {
  vintage: string;
  /** The seed vintage every dataset builds on. */
  baseVintage: string;
  vintageLabel: Localized;
  groups: IndicatorsFile['groups'];
  indicators: LoadedIndicator[];
  sources: Map<string, Source>;
}

/** Raised when a data file breaks the schema or refers to something that does not exist. */
export class DatasetError extends Error {}

function parse<T extends v.GenericSchema>(schema: T, json: unknown, label: string): v.InferOutput<T> {
  const result = v.safeParse(schema, json);
  if (!result.success) {
    throw new DatasetError(result.issues.map((i) => `${label}: ${v.getDotPath(i)} ${i.message}`).join('\n'));
  }
  return result.output;
}

/**
 * Validates the seed files (and, when given, a later vintage merged on top) and resolves cross-references:
 * sources, borrowed targets, mix weights, breaks. Throws DatasetError listing every problem.
 */
export function loadDataset(indicatorsJson: unknown, sourcesJson: unknown, laterJson?: unknown): Dataset {
  const file = parse(IndicatorsFileSchema, indicatorsJson, 'indicators');
  const sourceList = parse(SourcesFileSchema, sourcesJson, 'sources').sources;
  const later = laterJson === undefined ? null : parse(LaterFiguresFileSchema, laterJson, 'later figures');
  const sources = new Map([...sourceList, ...(later?.sources ?? [])].map((source) => [source.id, source]));
  const byId = new Map(file.indicators.map((indicator) => [indicator.id, indicator]));
  checkReferences(file, later, sources, byId);

  const indicators = file.indicators.map((indicator): LoadedIndicator => {
    const observations: LoadedObservation[] = [
      ...indicator.observations.map((o) => ({ ...o, vintage: file.vintage })),
      ...(later?.observations ?? [])
        .filter((o) => o.indicator === indicator.id)
        .map(({ indicator: _id, ...o }) => ({ ...o, vintage: later!.vintage })),
    ].sort((a, b) => a.month.localeCompare(b.month));
    const own = indicator.targets.map((t) => ({ ...t, ownerId: indicator.id, borrowed: false }));
    const lender = indicator.targetsFrom ? byId.get(indicator.targetsFrom)! : null;
    const borrowed = lender ? lender.targets.map((t) => ({ ...t, ownerId: lender.id, borrowed: true })) : [];
    const breaks = (later?.breaks ?? [])
      .filter((b) => b.indicator === indicator.id)
      .map(({ month, note }) => ({ month, note }))
      .sort((a, b) => a.month.localeCompare(b.month));
    const missing = later?.notFound.find((n) => n.indicator === indicator.id);
    return {
      ...indicator,
      caveats: later ? indicator.caveats.filter((c) => !c.seedOnly) : indicator.caveats,
      observations,
      shownTargets: [...own, ...borrowed],
      mixWeight: null,
      breaks,
      notFound: missing?.searched ?? null,
    };
  });
  const loadedById = new Map(indicators.map((i) => [i.id, i]));
  for (const indicator of indicators) indicator.mixWeight = weightOf(indicator, loadedById);
  return {
    vintage: later?.vintage ?? file.vintage,
    baseVintage: file.vintage,
    vintageLabel: later?.vintageLabel ?? file.vintageLabel,
    groups: file.groups,
    indicators,
    sources,
  };
}

function checkReferences(
  file: IndicatorsFile,
  later: v.InferOutput<typeof LaterFiguresFileSchema> | null,
  sources: Map<string, Source>,
  byId: Map<string, Indicator>,
): void {
  const problems: string[] = [];
  const groups = new Set(file.groups.map((group) => group.id));
  for (const indicator of file.indicators) {
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
  for (const item of [...(later?.observations ?? []), ...(later?.breaks ?? []), ...(later?.notFound ?? [])]) {
    if (!byId.has(item.indicator)) problems.push(`later figures: unknown indicator ${item.indicator}`);
    if ('source' in item && !sources.has(item.source))
      problems.push(`later figures: unknown source ${item.source}`);
  }
  if (problems.length) throw new DatasetError(problems.join('\n'));
}

/** The weight from the latest month where the national line and both levels were all reported. */
function weightOf(indicator: LoadedIndicator, byId: Map<string, LoadedIndicator>): MixWeight | null {
  if (!indicator.mix) return null;
  const counted = (i: LoadedIndicator) => i.observations.filter((o) => !o.alternative);
  const ministries = counted(byId.get(indicator.mix.ministries)!);
  const localities = counted(byId.get(indicator.mix.localities)!);
  for (const national of counted(indicator).reverse()) {
    const m = ministries.find((o) => o.month === national.month);
    const l = localities.find((o) => o.month === national.month);
    const weight = m && l ? mixWeight(national.value, m.value, l.value) : null;
    if (m && l && weight !== null) {
      return {
        weight,
        month: national.month,
        national: national.value,
        ministries: m.value,
        localities: l.value,
        source: national.source,
      };
    }
  }
  return null;
}
