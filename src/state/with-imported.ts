import type { Dataset, LoadedIndicator, LoadedObservation, ShownTarget } from '../model/load-dataset';
import type { ImportedDataset } from './import-dataset';

/** Source id of figures the user imported. */
export const IMPORT_SOURCE = 'import';

/**
 * The dataset with a province's or ministry's own figures in place of the national ones: an indicator the
 * file covers takes only the file's observations (a province's baseline is not the nation's) and gains
 * its targets; the others keep the national figures.
 */
export function withImported(base: Dataset, imported: ImportedDataset): Dataset {
  const quote = imported.name;
  const indicators = base.indicators.map((indicator): LoadedIndicator => {
    const observations = imported.observations[indicator.id];
    const targets = imported.targets[indicator.id] ?? [];
    if (!observations?.length && !targets.length) return indicator;
    const ownTargets = targets.map((t, i): ShownTarget => ({
      id: `import${i}`,
      value: t.value,
      deadline: t.deadline,
      source: IMPORT_SOURCE,
      quote,
      // An imported target counts what the file's column counts: this indicator's measure.
      counts: indicator.counts,
      ownerId: indicator.id,
      context: false,
    }));
    return {
      ...indicator,
      observations: observations?.length
        ? observations.map((o): LoadedObservation => ({
            month: o.month,
            value: o.value,
            source: IMPORT_SOURCE,
            quote,
            vintage: IMPORT_SOURCE,
          }))
        : indicator.observations,
      shownTargets: [...indicator.shownTargets, ...ownTargets],
      breaks: observations?.length ? [] : indicator.breaks,
      mixWeight: observations?.length ? null : indicator.mixWeight,
    };
  });
  const sources = new Map(base.sources);
  sources.set(IMPORT_SOURCE, {
    id: IMPORT_SOURCE,
    file: null,
    title: { vi: imported.name, en: imported.name },
    publisher: null,
    published: new Date().toISOString().slice(0, 10),
    datedHow: { vi: 'Tệp số liệu bạn đã nhập.', en: 'A data file you imported.' },
  });
  return { ...base, indicators, sources };
}
