import { Chart, Filler, LinearScale, LineController, LineElement, PointElement, Tooltip } from 'chart.js';
import { chartLayersPlugin } from './chart-layers';
import { heldDrawPlugin } from './held-draw-plugin';
import { targetMarkersPlugin } from './target-markers-plugin';

// Register only what line charts with target markers need, so the bundle stays small.
Chart.register(
  Filler,
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  Tooltip,
  targetMarkersPlugin,
  chartLayersPlugin,
  heldDrawPlugin,
);
Chart.defaults.font.size = 14;
Chart.defaults.color = '#1f2937';
Chart.defaults.animation = false;

export { Chart };
