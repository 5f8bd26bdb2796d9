import * as v from 'valibot';
import {
  IndicatorsFileSchema,
  LaterFiguresFileSchema,
  SourcesFileSchema,
  type Indicator,
  type IndicatorsFile,
  type Localized,
  type Measure,
  type Observation,
  type Source,
  type Target,
} from './dataset-schema';
import { monthIndex, type MonthIndex } from './month';
import { mixWeight } from './national-mix';

// Months are parsed once, here: every loaded month is an index on the grid (month.ts), never `YYYY-MM` text.

/** A target as loaded: its deadline on the month grid. */
export interface LoadedTarget extends Omit<Target, 'deadline'> {
  deadline: MonthIndex;
}

/** A target as shown on an indicator, remembering whether it counts what the indicator counts. */
export interface ShownTarget extends LoadedTarget {
  /** Id of the indicator the target was given to in the data (another one when drawn for context). */
  ownerId: string;
  /** The target counts another measure: drawn faintly for context, labelled, never scored here. */
  context: boolean;
}

/** An observation and the data vintage it came with. */
export interface LoadedObservation extends Omit<Observation, 'month'> {
  month: MonthIndex;
  vintage: string;
}

/** Ministries' weight in the national mix and the same-month figures it was worked out from. */
export interface MixWeight {
  weight: number;
  month: MonthIndex;
  national: number;
  ministries: number;
  localities: number;
  source: string;
}

export interface LoadedIndicator extends Omit<Indicator, 'observations' | 'targets'> {
  /** Oldest first. */
  observations: LoadedObservation[];
  targets: LoadedTarget[];
  shownTargets: ShownTarget[];
  mixWeight: MixWeight | null;
  /** Definitional breaks, oldest first. */
  breaks: { month: MonthIndex; note: Localized }[];
  /** In a later vintage: what was searched for when no newer figure was found. */
  notFound: string | null;
}

export interface Dataset {
  vintage: string;
  /** The vintage every dataset builds on: the 2024 data (`2024`), whose figures the seed files hold. */
  baseVintage: string;
  vintageLabel: Localized;
  /** The month the vintage speaks from ("today" of its verdicts by default): its latest headline figure. */
  asOf: MonthIndex;
  /** What indicators and targets count, by id. */
  measures: Map<string, Measure>;
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
  const allIndicators = [...file.indicators, ...(later?.indicators ?? [])];
  const byId = new Map(allIndicators.map((indicator) => [indicator.id, indicator]));
  const measures = new Map(file.measures.map((measure) => [measure.id, measure]));
  checkReferences(file, later, sources, byId, measures);
  const laterTargets = (id: string): Target[] =>
    (later?.targets ?? []).filter((t) => t.indicator === id).map(({ indicator: _id, ...t }) => t);
  const targetsOf = (indicator: Indicator): LoadedTarget[] =>
    [...indicator.targets, ...laterTargets(indicator.id)].map((t) => ({
      ...t,
      deadline: monthIndex(t.deadline),
    }));

  // Indicators first reported in the later vintage carry that vintage on their own observations.
  const ownVintage = (indicator: Indicator) =>
    file.indicators.includes(indicator) ? file.vintage : later!.vintage;

  const indicators = allIndicators.map((indicator): LoadedIndicator => {
    const observations: LoadedObservation[] = [
      ...indicator.observations.map((o) => ({
        ...o,
        month: monthIndex(o.month),
        vintage: ownVintage(indicator),
      })),
      ...(later?.observations ?? [])
        .filter((o) => o.indicator === indicator.id)
        .map(({ indicator: _id, ...o }) => ({ ...o, month: monthIndex(o.month), vintage: later!.vintage })),
    ].sort((a, b) => a.month - b.month);
    const shown = (owner: Indicator) =>
      targetsOf(owner).map((t) => ({ ...t, ownerId: owner.id, context: t.counts !== indicator.counts }));
    const lender = indicator.targetsFrom ? byId.get(indicator.targetsFrom)! : null;
    const breaks = (later?.breaks ?? [])
      .filter((b) => b.indicator === indicator.id)
      .map(({ month, note }) => ({ month: monthIndex(month), note }))
      .sort((a, b) => a.month - b.month);
    const missing = later?.notFound.find((n) => n.indicator === indicator.id);
    return {
      ...indicator,
      caveats: later
        ? [
            ...indicator.caveats.filter((c) => !c.seedOnly),
            ...later.caveats.filter((c) => c.indicator === indicator.id).map(({ vi, en }) => ({ vi, en })),
          ]
        : indicator.caveats,
      observations,
      targets: targetsOf(indicator),
      shownTargets: [...shown(indicator), ...(lender ? shown(lender) : [])],
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
    asOf: monthIndex(later?.asOf ?? file.asOf),
    measures,
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
  measures: Map<string, Measure>,
): void {
  const problems: string[] = [];
  const groups = new Set(file.groups.map((group) => group.id));
  if (byId.size !== file.indicators.length + (later?.indicators.length ?? 0))
    problems.push('an indicator id is used twice');
  for (const indicator of byId.values()) {
    if (!groups.has(indicator.group)) problems.push(`${indicator.id}: unknown group ${indicator.group}`);
    if (!measures.has(indicator.counts))
      problems.push(`${indicator.id}: unknown measure ${indicator.counts}`);
    for (const item of [...indicator.observations, ...indicator.targets]) {
      if (!sources.has(item.source)) problems.push(`${indicator.id}: unknown source ${item.source}`);
    }
    for (const target of indicator.targets) {
      if (!measures.has(target.counts)) problems.push(`${indicator.id}: unknown measure ${target.counts}`);
    }
    if (indicator.targetsFrom && !byId.has(indicator.targetsFrom))
      problems.push(`${indicator.id}: unknown targetsFrom`);
    if (indicator.mix && !(byId.has(indicator.mix.ministries) && byId.has(indicator.mix.localities))) {
      problems.push(`${indicator.id}: unknown mix component`);
    }
  }
  for (const target of later?.targets ?? []) {
    if (!measures.has(target.counts)) problems.push(`later figures: unknown measure ${target.counts}`);
  }
  const laterItems = [
    ...(later?.observations ?? []),
    ...(later?.targets ?? []),
    ...(later?.breaks ?? []),
    ...(later?.caveats ?? []),
    ...(later?.notFound ?? []),
  ];
  for (const item of laterItems) {
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
