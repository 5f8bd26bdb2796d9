import type { StringKey } from '../../i18n/strings-vi';
import type { GrowthModel } from '../../model/growth-models';
import type { Preset } from '../../state/presets';

/** The name of each growth model. */
export const MODEL_LABEL: Record<GrowthModel, StringKey> = {
  linear: 'modelLinear',
  compound: 'modelCompound',
  logistic: 'modelLogistic',
};

/** The name of each preset. */
export const PRESET_LABEL: Record<Preset, StringKey> = {
  trend: 'presetTrend',
  plan: 'presetPlan',
  custom: 'presetCustom',
};
