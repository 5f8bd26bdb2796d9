// The chart-update benchmark's "before": the annotation options the app built for chartjs-plugin-annotation
// until target markers became a plugin of our own (src/components/charts/chart-config.ts at main 7901157,
// `buildAnnotations`), kept verbatim so both ways are timed side by side in one page.
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { COLORS } from '../../src/components/charts/chart-colors';
import type { ChartInputs } from '../../src/components/charts/chart-inputs';
import type { MonthIndex } from '../../src/model/month';

type OldInputs = ChartInputs & { labels: { target: (value: number, deadline: MonthIndex) => string } };

/** Target lines ending at their deadline, the month each is reached, and today. */
export function buildAnnotations(inputs: OldInputs, xMin: MonthIndex): Record<string, AnnotationOptions> {
  const annotations: Record<string, AnnotationOptions> = {
    today: {
      type: 'line',
      xMin: inputs.asOfMonth,
      xMax: inputs.asOfMonth,
      borderColor: COLORS.today,
      borderWidth: 1,
      borderDash: [4, 4],
      label: {
        display: true,
        content: inputs.labels.today,
        position: 'start',
        backgroundColor: COLORS.today,
        font: { size: 12 },
      },
    },
  };
  inputs.indicator.shownTargets.forEach((target, i) => {
    const deadline = target.deadline;
    annotations[`target${i}`] = {
      type: 'line',
      xMin,
      xMax: deadline,
      yMin: target.value,
      yMax: target.value,
      borderColor: COLORS.target,
      borderWidth: 2,
      borderDash: [6, 4],
      label: {
        display: true,
        content: inputs.labels.target(target.value, deadline),
        position: 'end',
        // Above the line, except near the top of a share where there is no room above.
        yAdjust: target.value >= 95 ? 12 : -12,
        backgroundColor: 'rgba(255,255,255,0.9)',
        color: COLORS.target,
        font: { size: 12, weight: 'bold' },
      },
    };
    annotations[`deadline${i}`] = {
      type: 'point',
      xValue: deadline,
      yValue: target.value,
      radius: 5,
      pointStyle: 'rect',
      backgroundColor: COLORS.target,
      borderColor: COLORS.target,
    };
    const answer = inputs.answers.find((a) => a.targetId === target.id);
    if (answer?.reachedMonth != null && answer.status !== 'alreadyMet') {
      annotations[`reached${i}`] = {
        type: 'point',
        xValue: answer.reachedMonth,
        yValue: target.value,
        radius: 7,
        pointStyle: 'star',
        borderWidth: 3,
        borderColor: COLORS.reached,
        backgroundColor: COLORS.reached,
      };
      annotations[`reachedLabel${i}`] = {
        type: 'label',
        xValue: answer.reachedMonth,
        yValue: target.value,
        yAdjust: 22,
        content: inputs.labels.reached(answer.reachedMonth),
        color: COLORS.reached,
        backgroundColor: 'rgba(255,255,255,0.85)',
        font: { size: 12, weight: 'bold' },
      };
    }
  });
  return annotations;
}
