/**
 * Chart colours, all ≥ 4.5:1 on white, and those of text drawn in the canvas (target, reached, today) ≥ 7:1
 * for the stage; every series also differs by point style or dash, never colour only.
 */
export const COLORS = {
  observed: '#111827',
  alternative: '#6b7280',
  national: '#4b5563',
  beforeBreak: '#6b7280',
  trend: '#b45309',
  user: '#7c2d12',
  projection: '#1d4ed8',
  reference: '#374151',
  band90: 'rgba(29, 78, 216, 0.13)',
  band50: 'rgba(29, 78, 216, 0.26)',
  ministries: '#6d28d9',
  localities: '#0f766e',
  target: '#9f1239',
  reached: '#14532d',
  today: '#4b5563',
} as const;
