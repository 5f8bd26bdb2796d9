import { describe, expect, it } from 'vitest';
import { seriesObstacles, type DrawnSeries } from './series-obstacles';

describe('seriesObstacles', () => {
  it.each<[string, DrawnSeries[], ReturnType<typeof seriesObstacles>]>([
    ['nothing drawn', [], []],
    ['a single point of a line has no segment', [{ points: [{ x: 5, y: 5 }], kind: 'line', radius: 1 }], []],
    [
      'a flat line: one thin box per segment',
      [
        {
          points: [
            { x: 0, y: 50 },
            { x: 10, y: 50 },
            { x: 20, y: 50 },
          ],
          kind: 'line',
          radius: 1.5,
        },
      ],
      [
        { left: -1.5, top: 48.5, width: 13, height: 3 },
        { left: 8.5, top: 48.5, width: 13, height: 3 },
      ],
    ],
    [
      'a rising segment: its bounding box',
      [
        {
          points: [
            { x: 0, y: 40 },
            { x: 30, y: 10 },
          ],
          kind: 'line',
          radius: 1,
        },
      ],
      [{ left: -1, top: 9, width: 32, height: 32 }],
    ],
    [
      'markers: a square around each',
      [
        {
          points: [
            { x: 100, y: 60 },
            { x: 140, y: 20 },
          ],
          kind: 'markers',
          radius: 6,
        },
      ],
      [
        { left: 94, top: 54, width: 12, height: 12 },
        { left: 134, top: 14, width: 12, height: 12 },
      ],
    ],
  ])('%s', (_, series, expected) => {
    expect(seriesObstacles(series)).toEqual(expected);
  });
});
