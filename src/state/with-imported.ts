import type { Localized } from '../model/dataset-schema';
import type { Dataset, LoadedIndicator, LoadedObservation, ShownTarget } from '../model/load-dataset';
import type { MonthIndex } from '../model/month';
import type { ImportedDataset } from './import-dataset';

/** Source id of figures the user imported. */
export const IMPORT_SOURCE = 'import';

/** Group of the imported file's own lines, first on the page. */
export const IMPORT_GROUP = 'imported';

/**
 * How an imported file is shown: `beside` (the default) gives its figures lines, targets and answers of
 * their own next to the national ones; `replace` puts them in place of the national figures.
 */
export type ImportMode = 'beside' | 'replace';
export const IMPORT_MODES: readonly ImportMode[] = ['beside', 'replace'];

const IMPORTED_SUFFIX = 'Import';

/**
 * Id of the line an imported file gets beside a national indicator: a plain id, so links, exports and
 * rates treat it as any other indicator.
 * @example importedId('dossiersFullOnline') === 'dossiersFullOnlineImport'
 */
export function importedId(nationalId: string): string {
  return `${nationalId}${IMPORTED_SUFFIX}`;
}

/**
 * The national indicator an imported line stands beside (the id itself for a national one): hindsight
 * compares national vintages only.
 * @example nationalIdOf('dossiersFullOnlineImport') === 'dossiersFullOnline'
 */
export function nationalIdOf(id: string): string {
  return isImportedId(id) ? id.slice(0, -IMPORTED_SUFFIX.length) : id;
}

/** Whether an id is the imported line beside a national indicator (not a national indicator's own). */
export function isImportedId(id: string): boolean {
  return id.endsWith(IMPORTED_SUFFIX) && id.length > IMPORTED_SUFFIX.length;
}

function importedObservations(imported: ImportedDataset, id: string): LoadedObservation[] {
  return (imported.observations[id] ?? []).map((o) => ({
    month: o.month,
    value: o.value,
    source: IMPORT_SOURCE,
    quote: imported.name,
    vintage: IMPORT_SOURCE,
  }));
}

/** The file's own targets for an indicator: they count what its column counts (this indicator's measure). */
function importedTargets(imported: ImportedDataset, indicator: LoadedIndicator, ownerId: string) {
  return (imported.targets[indicator.id] ?? []).map((t, i): ShownTarget => ({
    id: `import${i}`,
    value: t.value,
    deadline: t.deadline,
    source: IMPORT_SOURCE,
    quote: imported.name,
    counts: indicator.counts,
    ownerId,
    context: false,
  }));
}

/**
 * The month a line's answers speak from: the data's month, or, on a line carrying an imported file's
 * figures, the file's newest figure when it is later (a province's 6/2025 figure speaks from 6/2025, while
 * the national lines keep speaking from their own data's month).
 * @example lineAsOf(provinceLine with a figure of 2025-06, monthIndex('2024-07')) === monthIndex('2025-06')
 */
export function lineAsOf(indicator: LoadedIndicator, asOfMonth: MonthIndex): MonthIndex {
  const imported = indicator.observations.filter((o) => o.vintage === IMPORT_SOURCE);
  return Math.max(asOfMonth, ...imported.map((o) => o.month));
}

const covers = (imported: ImportedDataset, id: string) =>
  Boolean(imported.observations[id]?.length || imported.targets[id]?.length);

/**
 * The indicators a file carries figures or targets for, once each, in the file's order.
 * @example coveredIds({ observations: { x: [...] }, targets: { x: [...], y: [...] } }) → ['x', 'y']
 */
export function coveredIds(imported: ImportedDataset): string[] {
  return [...new Set([...Object.keys(imported.observations), ...Object.keys(imported.targets)])].filter(
    (id) => covers(imported, id),
  );
}

/**
 * An indicator's line for the file: the file's figures only (a province's baseline is not the nation's,
 * and the national breaks and level mix do not apply), the official targets (the programme sets them for
 * ministries and localities too) plus the file's own, under the file's name.
 */
function besideLine(indicator: LoadedIndicator, imported: ImportedDataset): LoadedIndicator {
  const id = importedId(indicator.id);
  // "(cả nước)" names the national line: the file's line is named after the file instead.
  const named = (text: Localized): Localized => ({
    vi: `${text.vi.replace(/ \(cả nước\)$/, '')} — ${imported.name}`,
    en: `${text.en.replace(/ \(national\)$/, '')} — ${imported.name}`,
  });
  const { mix: _mix, ...plain } = indicator;
  return {
    ...plain,
    id,
    group: IMPORT_GROUP,
    name: named(indicator.name),
    observations: importedObservations(imported, indicator.id),
    shownTargets: [
      ...indicator.shownTargets.map((t) => (t.context ? t : { ...t, ownerId: id })),
      ...importedTargets(imported, indicator, id),
    ],
    mixWeight: null,
    breaks: [],
    // The national card's notes speak of the national figures.
    caveats: [],
    notFound: null,
  };
}

/** The national line with the file's figures in place of its own (the user chose to replace them). */
function replacedLine(indicator: LoadedIndicator, imported: ImportedDataset): LoadedIndicator {
  const observations = importedObservations(imported, indicator.id);
  const own = observations.length > 0;
  return {
    ...indicator,
    observations: own ? observations : indicator.observations,
    shownTargets: [...indicator.shownTargets, ...importedTargets(imported, indicator, indicator.id)],
    breaks: own ? [] : indicator.breaks,
    mixWeight: own ? null : indicator.mixWeight,
  };
}

/**
 * The dataset with a province's or ministry's own figures. `beside` (default): each indicator the file
 * covers gains a line of its own (id `importedId`), in a group named after the file shown first, and the
 * national figures stay as they are. `replace`: a covered indicator takes only the file's observations and
 * gains its targets; the others keep the national figures.
 */
export function withImported(base: Dataset, imported: ImportedDataset, mode: ImportMode = 'beside'): Dataset {
  const sources = new Map(base.sources);
  sources.set(IMPORT_SOURCE, {
    id: IMPORT_SOURCE,
    file: null,
    title: { vi: imported.name, en: imported.name },
    publisher: null,
    published: new Date().toISOString().slice(0, 10),
    datedHow: { vi: 'Tệp số liệu bạn đã nhập.', en: 'A data file you imported.' },
  });
  if (mode === 'replace') {
    const indicators = base.indicators.map((i) => (covers(imported, i.id) ? replacedLine(i, imported) : i));
    return { ...base, indicators, sources };
  }
  const lines = base.indicators.filter((i) => covers(imported, i.id)).map((i) => besideLine(i, imported));
  if (!lines.length) return { ...base, sources };
  return {
    ...base,
    groups: [{ id: IMPORT_GROUP, name: { vi: imported.name, en: imported.name } }, ...base.groups],
    indicators: [...lines, ...base.indicators],
    sources,
  };
}
