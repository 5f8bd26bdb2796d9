import * as v from 'valibot';
import { isMonthText } from './month';

/** Text in both interface languages. */
export const LocalizedText = v.object({
  vi: v.pipe(v.string(), v.minLength(1)),
  en: v.pipe(v.string(), v.minLength(1)),
});

const MonthText = v.pipe(v.string(), v.check(isMonthText, 'month must be YYYY-MM'));
const SourceId = v.pipe(v.string(), v.minLength(1));
const Quote = v.pipe(v.string(), v.minLength(3));

export const SourceSchema = v.object({
  id: SourceId,
  /** The seed text in seeds/texts/, or null for a web page known by its address. */
  file: v.nullable(v.string()),
  title: LocalizedText,
  publisher: v.nullable(v.string()),
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: only as precise as the text allows. */
  published: v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)),
  datedHow: LocalizedText,
  url: v.optional(v.pipe(v.string(), v.url())),
});

export const ObservationSchema = v.object({
  month: MonthText,
  value: v.pipe(v.number(), v.finite()),
  source: SourceId,
  quote: Quote,
  /** "trên 55%", "hơn 75,7 triệu": the true value is at least this. */
  lowerBound: v.optional(v.boolean()),
  /** How the value was worked out from the quote when it is not printed in it. */
  derived: v.optional(LocalizedText),
  /** A conflicting figure kept for honesty: drawn, but neither baseline nor trend. */
  alternative: v.optional(v.boolean()),
  /**
   * The value rests on an assumption the text does not state (e.g. "tăng 2,6%" read as percentage
   * points): drawn and listed, but left out of the default trend.
   */
  assumption: v.optional(LocalizedText),
  /** How this figure's definition or population differs from what the indicator counts (shown on the card). */
  definitionNote: v.optional(LocalizedText),
});

/** Id of a measure: what an indicator or a target counts (services offered fully online, dossiers…). */
const MeasureId = v.pipe(v.string(), v.regex(/^[A-Za-z0-9]+$/));

/** One thing that can be counted, named in both languages ("dossiers handled fully online"). */
export const MeasureSchema = v.object({
  id: MeasureId,
  name: LocalizedText,
  /** A word or two for chart labels ("dịch vụ"), where a target of this measure is drawn for context. */
  short: v.optional(LocalizedText),
});

export const TargetSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9]+$/)),
  value: v.pipe(v.number(), v.finite()),
  deadline: MonthText,
  /** What the target's own words count: it is scored only on an indicator that counts the same. */
  counts: MeasureId,
  source: SourceId,
  quote: Quote,
});

export const UNITS = ['percent', 'percentOfGdp', 'millionAccounts', 'millionPeople', 'billionUsd'] as const;

export const IndicatorSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9]+$/)),
  group: v.string(),
  name: LocalizedText,
  measure: LocalizedText,
  /** The measure this indicator's figures count. */
  counts: MeasureId,
  unit: v.picklist(UNITS),
  ceiling: v.nullable(v.pipe(v.number(), v.minValue(0))),
  /** Slider range in units per month. */
  rateRange: v.tuple([v.number(), v.number()]),
  mix: v.optional(v.object({ ministries: v.string(), localities: v.string() })),
  /** Draw another indicator's targets faintly against this one, for context only: never scored here. */
  targetsFrom: v.optional(v.string()),
  observations: v.array(ObservationSchema),
  targets: v.array(TargetSchema),
  /** `seedOnly`: true of the seed figures only (e.g. "only one observation"), hidden in later vintages. */
  caveats: v.array(v.object({ ...LocalizedText.entries, seedOnly: v.optional(v.boolean()) })),
});

export const IndicatorsFileSchema = v.object({
  vintage: v.string(),
  vintageLabel: LocalizedText,
  /** The month the vintage speaks from: its latest headline figure. */
  asOf: MonthText,
  measures: v.array(MeasureSchema),
  groups: v.array(v.object({ id: v.string(), name: LocalizedText })),
  indicators: v.array(IndicatorSchema),
});

export const SourcesFileSchema = v.object({ sources: v.array(SourceSchema) });

/** A definitional break: figures before `month` are not comparable with those after. */
export const BreakSchema = v.object({ indicator: v.string(), month: MonthText, note: LocalizedText });

/** A later data vintage: figures reported after the seeds, each with its own source. */
export const LaterFiguresFileSchema = v.object({
  vintage: v.string(),
  vintageLabel: LocalizedText,
  /** The month the vintage speaks from: its latest headline figure. */
  asOf: MonthText,
  sources: v.array(v.object({ ...SourceSchema.entries, url: v.pipe(v.string(), v.url()) })),
  /** Indicators first reported after the seeds (targets set later may need them). */
  indicators: v.optional(v.array(IndicatorSchema), []),
  observations: v.array(v.object({ indicator: v.string(), ...ObservationSchema.entries })),
  /** Targets set after the seed vintage's month: carried by this vintage only. */
  targets: v.optional(v.array(v.object({ indicator: v.string(), ...TargetSchema.entries })), []),
  breaks: v.array(BreakSchema),
  /** Notes a card shows in this vintage only: a jump no source explains, a rank a target cannot carry. */
  caveats: v.optional(v.array(v.object({ indicator: v.string(), ...LocalizedText.entries })), []),
  notFound: v.array(v.object({ indicator: v.string(), searched: v.string() })),
});

export type Localized = v.InferOutput<typeof LocalizedText>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Observation = v.InferOutput<typeof ObservationSchema>;
export type Target = v.InferOutput<typeof TargetSchema>;
export type Measure = v.InferOutput<typeof MeasureSchema>;
export type Indicator = v.InferOutput<typeof IndicatorSchema>;
export type IndicatorsFile = v.InferOutput<typeof IndicatorsFileSchema>;
export type Unit = (typeof UNITS)[number];
export type LaterFiguresFile = v.InferOutput<typeof LaterFiguresFileSchema>;
export type DataBreak = v.InferOutput<typeof BreakSchema>;
