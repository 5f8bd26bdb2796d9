import {
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';

// Register only what line charts with annotations need, so the bundle stays small.
Chart.register(
  Filler,
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  Legend,
  Tooltip,
  annotationPlugin,
);
Chart.defaults.font.size = 14;
Chart.defaults.color = '#1f2937';
Chart.defaults.animation = false;

export { Chart };
