import type { StringKey } from '../../i18n/strings-vi';
import type { GrowthModel } from '../../model/growth-models';
import type { TargetVerdict, VerdictStatus } from '../../model/projection-types';
import type { Preset } from '../../state/presets';

/** The word for each verdict (and "not due yet" during playback), shared by every view. */
export const STATUS_LABEL: Record<VerdictStatus | 'pending', StringKey> = {
  reached: 'verdictReached',
  missed: 'verdictMissed',
  alreadyMet: 'verdictAlreadyMet',
  noBaseline: 'verdictNoBaseline',
  pending: 'playheadVerdictPending',
};

/**
 * The word for one verdict: a projection says "Dự kiến đạt / Dự kiến chưa đạt"; a target judged by a reported
 * figure (its deadline passed) says "Đã đạt / Chưa đạt", the reports' own words.
 */
export function verdictLabel(verdict: Pick<TargetVerdict, 'status' | 'judgedBy'>): StringKey {
  if (verdict.judgedBy === 'observation' && verdict.status === 'reached') return 'outcomeMet';
  if (verdict.judgedBy === 'observation' && verdict.status === 'missed') return 'outcomeNotMet';
  return STATUS_LABEL[verdict.status];
}

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
