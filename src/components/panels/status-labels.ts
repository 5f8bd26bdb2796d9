import type { StringKey } from '../../i18n/strings-vi';
import type { GrowthModel } from '../../model/growth-models';
import type { VerdictStatus } from '../../model/projection-types';
import type { Preset } from '../../state/presets';

/** The word for each verdict (and "not due yet" during playback), shared by every view. */
export const STATUS_LABEL: Record<VerdictStatus | 'pending', StringKey> = {
  reached: 'verdictReached',
  missed: 'verdictMissed',
  alreadyMet: 'verdictAlreadyMet',
  noBaseline: 'verdictNoBaseline',
  pending: 'playheadVerdictPending',
};

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
