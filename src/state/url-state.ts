import * as v from 'valibot';
import { TREND_WINDOWS, type UserObservation } from '../model/baseline';
import { GROWTH_MODELS } from '../model/growth-models';
import { isMonthText, monthIndex, monthText, type MonthIndex } from '../model/month';
import type { ScenarioSnapshot } from './build-request';
import { PATH_COUNTS, UNCERTAINTY_SETTINGS, type UncertaintySetting } from './uncertainty';
import { decodeSteps, encodeSteps, type SequenceStep } from './sequence-codec';
import { CURRENT_URL_VERSION, migrateParams, urlVersionOf } from './url-migrations';
import { IMPORT_MODES, type ImportMode } from './with-imported';

/** What the scenario is compared with: nothing, its own trend, or a saved scenario (its link and name). */
export type ReferenceChoice =
  { kind: 'none' } | { kind: 'trend' } | { kind: 'saved'; name: string; query: string };

/** The month verdicts speak from: the vintage's own month (null), the calendar month, or a chosen month. */
export type AsOfChoice = MonthIndex | 'today' | null;

/** Longest reference link or name carried inside a share link. */
export const MAX_REFERENCE_QUERY = 3000;
export const MAX_REFERENCE_NAME = 80;

/** Everything a share link carries. */
export interface UrlState {
  snapshot: ScenarioSnapshot;
  lang: 'vi' | 'en';
  /**
   * "Today" for the verdicts: a chosen month, `'today'` for the calendar month the link is opened in, or
   * null for the data vintage's own month (its latest headline figure).
   */
  asOfMonth: AsOfChoice;
  /** Which data vintage the scenario was made against (`2024`, `latest-2026`). */
  vintage: string;
  /** The screen shown: the simulator or the hindsight comparison. */
  view: 'simulator' | 'hindsight';
  reference: ReferenceChoice;
  bands: BandsSettings;
  /** Imported figures: their compact JSON when small enough for a link, else only their name. */
  imported: { json: string } | { tooLarge: string } | null;
  /** Imported figures beside the national ones (their own lines), or in their place. */
  importMode: ImportMode;
  /** Presenter mode, or the embeddable chart-and-verdict view. */
  mode: 'normal' | 'present' | 'embed';
  /** Indicator shown by presenter and embed views (the first headline one when null). */
  focus: string | null;
  /** Presenter's ordered scenarios, each a link with a note for the presenter. */
  sequence: SequenceStep[];
}

export type { SequenceStep } from './sequence-codec';

/** Longest `steps=` text read: twenty steps with notes of a sentence or two. */
export const MAX_STEPS_TEXT = 6000;

/** Imported figures longer than this travel by name only; the page asks for the file again. */
export const MAX_IMPORT_IN_URL = 2000;

/** The uncertainty controls: they travel in the link so the same link gives the same bands everywhere. */
export interface BandsSettings {
  uncertainty: UncertaintySetting;
  typedSigma: number;
  paths: number;
  randomSeed: number;
}

export const DEFAULT_BANDS: BandsSettings = {
  uncertainty: 'auto',
  typedSigma: 0.5,
  paths: 1000,
  randomSeed: 1,
};

/** What the decoder checks a link against: known indicators, datasets and horizons. */
export interface UrlContext {
  indicators: { id: string; rateRange: [number, number]; ceiling: number | null }[];
  vintages: string[];
  defaultVintage: string;
  /** Month indexes the horizon picker offers. */
  horizons: MonthIndex[];
  defaultHorizon: MonthIndex;
}

export type IgnoredReason =
  'unknownKey' | 'badValue' | 'outOfRange' | 'unknownIndicator' | 'unknownVersion' | 'unknownVintage';

/** A parameter (or part of one) the decoder did not take as written. */
export interface IgnoredParam {
  key: string;
  reason: IgnoredReason;
}

/** Longest query (after `?`) that is read; the rest is reported once under `TRUNCATED_KEY`. */
export const MAX_URL_LENGTH = 8000;
export const TRUNCATED_KEY = '…';

const NumberText = v.pipe(
  v.string(),
  // Unambiguous pattern (no nested repetition), so a long string of digits cannot make it backtrack.
  v.regex(/^-?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i),
  v.transform(Number),
  v.finite(),
);
const MonthText = v.pipe(v.string(), v.check(isMonthText), v.transform(monthIndex));
const Lang = v.picklist(['vi', 'en']);
const TrendWindowText = v.picklist(TREND_WINDOWS);
const View = v.picklist(['simulator', 'hindsight']);
const ImportModeText = v.picklist(IMPORT_MODES);
const Uncertainty = v.picklist(UNCERTAINTY_SETTINGS);
const Sigma = v.pipe(NumberText, v.minValue(0), v.maxValue(10));
const Paths = v.pipe(
  v.string(),
  v.transform(Number),
  v.check((n) => PATH_COUNTS.includes(n)),
);
const RandomSeed = v.pipe(v.string(), v.regex(/^\d{1,9}$/), v.transform(Number));
const Model = v.picklist(GROWTH_MODELS);
const Split = v.pipe(
  v.picklist(['0', '1']),
  v.transform((text) => text === '1'),
);
const ObservationEntry = v.pipe(
  v.string(),
  v.transform((text) => text.split(':')),
  v.strictTuple([MonthText, NumberText]),
  v.transform(([month, value]): UserObservation => ({ month, value })),
);

function parse<T>(schema: v.GenericSchema<string, T>, text: string): T | undefined {
  const result = v.safeParse(schema, text);
  return result.success ? result.output : undefined;
}

/**
 * Shortest text that reads back as the same double; `-0` kept, exponent without `+` (a `+` in a query
 * reads as a space).
 * @example numberText(1e21) === '1e21'
 */
function numberText(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value).replace('e+', 'e');
}

/** Percent-encoding that leaves the observation separators readable. */
function component(text: string): string {
  return encodeURIComponent(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

const sortedKeys = (record: object) => Object.keys(record).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * The language a link asks for, read before the app is drawn (so its table is loaded first).
 * @example linkLanguage('?v=3&lang=en') === 'en'; linkLanguage('') === 'vi'
 */
export function linkLanguage(search: string): 'vi' | 'en' {
  const lang = new URLSearchParams(search).get('lang');
  return v.is(Lang, lang) ? lang : 'vi';
}

/** The state of a link with no parameters. */
export function defaultUrlState(context: UrlContext): UrlState {
  return {
    snapshot: {
      model: 'linear',
      horizon: context.defaultHorizon,
      splitLevels: false,
      rateOverrides: {},
      userObservations: {},
      trendWindow: 'sinceBreak',
    },
    lang: 'vi',
    asOfMonth: null,
    vintage: context.defaultVintage,
    view: 'simulator',
    reference: { kind: 'none' },
    bands: { ...DEFAULT_BANDS },
    imported: null,
    importMode: 'beside',
    mode: 'normal',
    focus: null,
    sequence: [],
  };
}

/**
 * Share-link query of a state: `v` and `data` first, then only what differs from the defaults, indicators
 * in alphabetical order, so one state always gives one URL.
 * @example encodeUrlState(defaultUrlState(context), context) === '?v=3&data=2024'
 */
export function encodeUrlState(state: UrlState, context: UrlContext): string {
  const { snapshot } = state;
  const pairs: [string, string][] = [
    ['v', String(CURRENT_URL_VERSION)],
    ['data', state.vintage],
  ];
  if (state.lang !== 'vi') pairs.push(['lang', state.lang]);
  if (snapshot.model !== 'linear') pairs.push(['m', snapshot.model]);
  if (snapshot.horizon !== context.defaultHorizon) pairs.push(['h', monthText(snapshot.horizon)]);
  if (state.asOfMonth === 'today') pairs.push(['asof', 'today']);
  else if (state.asOfMonth !== null) pairs.push(['asof', monthText(state.asOfMonth)]);
  if (snapshot.splitLevels) pairs.push(['split', '1']);
  if ((snapshot.trendWindow ?? 'sinceBreak') !== 'sinceBreak') pairs.push(['tw', snapshot.trendWindow!]);
  if (state.view !== 'simulator') pairs.push(['view', state.view]);
  const { bands } = state;
  if (bands.uncertainty !== DEFAULT_BANDS.uncertainty) pairs.push(['unc', bands.uncertainty]);
  if (bands.typedSigma !== DEFAULT_BANDS.typedSigma) pairs.push(['sd', numberText(bands.typedSigma)]);
  if (bands.paths !== DEFAULT_BANDS.paths) pairs.push(['paths', String(bands.paths)]);
  if (bands.randomSeed !== DEFAULT_BANDS.randomSeed) pairs.push(['rseed', String(bands.randomSeed)]);
  if (state.imported && 'json' in state.imported) pairs.push(['imp', state.imported.json]);
  if (state.imported && 'tooLarge' in state.imported) pairs.push(['impname', state.imported.tooLarge]);
  if (state.importMode !== 'beside') pairs.push(['impmode', state.importMode]);
  if (state.mode === 'present') pairs.push(['present', '1']);
  if (state.mode === 'embed') pairs.push(['embed', '1']);
  if (state.focus !== null) pairs.push(['ind', state.focus]);
  if (state.sequence.length) pairs.push(['steps', encodeSteps(state.sequence, state.vintage)]);
  if (state.reference.kind === 'trend') pairs.push(['vs', 'trend']);
  if (state.reference.kind === 'saved') {
    pairs.push(['vs', state.reference.query], ['vsn', state.reference.name]);
  }
  for (const id of sortedKeys(snapshot.rateOverrides)) {
    pairs.push([`r.${id}`, numberText(snapshot.rateOverrides[id] ?? 0)]);
  }
  for (const id of sortedKeys(snapshot.userObservations)) {
    const list = [...(snapshot.userObservations[id] ?? [])].sort((a, b) => a.month - b.month);
    const text = list.map((o) => `${monthText(o.month)}:${numberText(o.value)}`).join(',');
    if (list.length > 0) pairs.push([`o.${id}`, text]);
  }
  return `?${pairs.map(([key, value]) => `${component(key)}=${component(value)}`).join('&')}`;
}

type Indicator = UrlContext['indicators'][number];

/** The part of a query that is read: at most `MAX_URL_LENGTH` characters, cut at a parameter boundary. */
function capped(search: string): { kept: string; cut: boolean } {
  const body = search.startsWith('?') ? search.slice(1) : search;
  if (body.length <= MAX_URL_LENGTH) return { kept: body, cut: false };
  const head = body.slice(0, MAX_URL_LENGTH);
  // Half a parameter could still parse, as a different number: drop it with the rest.
  if (body[MAX_URL_LENGTH] === '&') return { kept: head, cut: true };
  return { kept: head.slice(0, Math.max(0, head.lastIndexOf('&'))), cut: true };
}

/** Reads one `r.<id>` rate into `rates`, clamped into the slider's range. */
function readRate(indicator: Indicator, text: string, rates: Record<string, number>): IgnoredReason | null {
  const rate = parse(NumberText, text);
  if (rate === undefined) return 'badValue';
  const [min, max] = indicator.rateRange;
  rates[indicator.id] = Math.min(max, Math.max(min, rate));
  return rate < min || rate > max ? 'outOfRange' : null;
}

/** Reads one `o.<id>` list into `byMonth` (a later month wins); one reason per dropped entry. */
function readObservations(indicator: Indicator, text: string, byMonth: Map<MonthIndex, number>) {
  const reasons: IgnoredReason[] = [];
  for (const entry of text.split(',')) {
    const observation = parse(ObservationEntry, entry);
    if (observation === undefined) reasons.push('badValue');
    else if (observation.value < 0 || (indicator.ceiling !== null && observation.value > indicator.ceiling)) {
      reasons.push('outOfRange');
    } else byMonth.set(observation.month, observation.value);
  }
  return reasons;
}

/** Applies one scalar parameter to `state`; null when it was taken as written. */
function readScalar(key: string, text: string, state: UrlState, context: UrlContext): IgnoredReason | null {
  const { snapshot } = state;
  const read = <T>(schema: v.GenericSchema<string, T>, apply: (value: T) => void) => {
    const value = parse(schema, text);
    if (value === undefined) return 'badValue';
    apply(value);
    return null;
  };
  switch (key) {
    case 'data':
      if (!context.vintages.includes(text)) return 'unknownVintage';
      state.vintage = text;
      return null;
    case 'lang':
      return read(Lang, (lang) => (state.lang = lang));
    case 'm':
      return read(Model, (model) => (snapshot.model = model));
    case 'split':
      return read(Split, (split) => (snapshot.splitLevels = split));
    case 'asof':
      if (text === 'today') {
        state.asOfMonth = 'today';
        return null;
      }
      return read(MonthText, (month) => (state.asOfMonth = month));
    case 'tw':
      return read(TrendWindowText, (window) => (snapshot.trendWindow = window));
    case 'view':
      return read(View, (view) => (state.view = view));
    case 'unc':
      return read(Uncertainty, (setting) => (state.bands.uncertainty = setting));
    case 'sd':
      return read(Sigma, (sigma) => (state.bands.typedSigma = sigma));
    case 'paths':
      return read(Paths, (paths) => (state.bands.paths = paths));
    case 'rseed':
      return read(RandomSeed, (seed) => (state.bands.randomSeed = seed));
    case 'present':
    case 'embed':
      if (text !== '1') return 'badValue';
      state.mode = key;
      return null;
    case 'ind':
      if (!context.indicators.some((i) => i.id === text)) return 'unknownIndicator';
      state.focus = text;
      return null;
    case 'steps':
      // Read after every parameter, once the link's own `data` (which steps leave out) is known.
      return text.length <= MAX_STEPS_TEXT ? null : 'badValue';
    case 'imp':
      // Checked in full (schema and every row) when applied; here only its size.
      if (text.length > MAX_IMPORT_IN_URL) return 'badValue';
      state.imported = { json: text };
      return null;
    case 'impmode':
      return read(ImportModeText, (mode) => (state.importMode = mode));
    case 'impname':
      if (text.length > MAX_REFERENCE_NAME) return 'badValue';
      state.imported = { tooLarge: text };
      return null;
    case 'vs':
      if (text === 'trend') state.reference = { kind: 'trend' };
      else if (text.startsWith('?') && text.length <= MAX_REFERENCE_QUERY) {
        state.reference = { kind: 'saved', name: '', query: text };
      } else return 'badValue';
      return null;
    case 'vsn':
      // Applied after every parameter is read, once the reference it names is known.
      return text.length <= MAX_REFERENCE_NAME ? null : 'badValue';
    case 'h': {
      const month = parse(MonthText, text);
      if (month === undefined) return 'badValue';
      if (!context.horizons.includes(month)) return 'outOfRange';
      snapshot.horizon = month;
      return null;
    }
    default:
      return 'unknownKey';
  }
}

/**
 * State of a share-link query, migrated from older versions and checked against `context`. Never throws:
 * whatever cannot be used is dropped (or clamped, for rates) and listed in `ignored`.
 * @example decodeUrlState('?v=3&data=2024&r.satisfaction=99', context).ignored
 *   → [{ key: 'r.satisfaction', reason: 'outOfRange' }] (the rate is clamped to 10)
 */
export function decodeUrlState(
  search: string,
  context: UrlContext,
): { state: UrlState; ignored: IgnoredParam[] } {
  const ignored: IgnoredParam[] = [];
  const { kept, cut } = capped(search);
  if (cut) ignored.push({ key: TRUNCATED_KEY, reason: 'badValue' });
  const params = new URLSearchParams(kept);
  const version = urlVersionOf(params);
  if (version === null) ignored.push({ key: 'v', reason: 'badValue' });
  else if (version > CURRENT_URL_VERSION) ignored.push({ key: 'v', reason: 'unknownVersion' });

  const state = defaultUrlState(context);
  const indicators = new Map(context.indicators.map((i) => [i.id, i]));
  const observations = new Map<string, Map<MonthIndex, number>>();
  const migrated = migrateParams(params);
  for (const [key, text] of migrated) {
    if (key === 'v') continue;
    const prefix = key.slice(0, 2);
    let reasons: (IgnoredReason | null)[];
    if (prefix === 'r.' || prefix === 'o.') {
      const indicator = indicators.get(key.slice(2));
      if (!indicator) reasons = ['unknownIndicator'];
      else if (prefix === 'r.') reasons = [readRate(indicator, text, state.snapshot.rateOverrides)];
      else {
        const byMonth = observations.get(indicator.id) ?? new Map<MonthIndex, number>();
        observations.set(indicator.id, byMonth);
        reasons = readObservations(indicator, text, byMonth);
      }
    } else reasons = [readScalar(key, text, state, context)];
    for (const reason of reasons) if (reason !== null) ignored.push({ key, reason });
  }
  const referenceName = migrated.get('vsn');
  if (state.reference.kind === 'saved') {
    const name = referenceName && referenceName.length <= MAX_REFERENCE_NAME ? referenceName : '';
    state.reference = { ...state.reference, name };
  } else if (referenceName !== null) ignored.push({ key: 'vsn', reason: 'unknownKey' });
  const stepsText = migrated.get('steps');
  if (stepsText !== null && stepsText.length <= MAX_STEPS_TEXT) {
    const sequence = decodeSteps(stepsText, state.vintage);
    if (sequence) state.sequence = sequence;
    else ignored.push({ key: 'steps', reason: 'badValue' });
  }
  for (const [id, byMonth] of observations) {
    if (byMonth.size === 0) continue;
    state.snapshot.userObservations[id] = [...byMonth]
      .sort(([a], [b]) => a - b)
      .map(([month, value]) => ({ month, value }));
  }
  return { state, ignored };
}
