import { quantileSorted } from '../intervals.js';
import { seededRandom } from '../random.js';
import { quantilesInPlace } from '../selection.js';

describe('quantilesInPlace', () => {
  const shapes: [string, (n: number, random: () => number) => number[]][] = [
    ['uniform', (n, random) => Array.from({ length: n }, () => random() * 100)],
    ['many ties', (n, random) => Array.from({ length: n }, () => Math.floor(random() * 5))],
    ['sorted', (n) => Array.from({ length: n }, (_, i) => i / 7)],
    ['reversed', (n) => Array.from({ length: n }, (_, i) => -i)],
    ['one value repeated', (n) => Array.from({ length: n }, () => 3.25)],
  ];
  it.each(shapes)('gives what quantileSorted gives on the sorted values: %s', (_name, make) => {
    const source = seededRandom(11);
    for (const n of [1, 2, 3, 10, 11, 1000, 20_001]) {
      const values = make(n, () => source.next());
      const sorted = [...values].sort((a, b) => a - b);
      const ps = [0, 0.1, 0.5, 0.9, 0.975, 1];
      expect({ n, quantiles: quantilesInPlace(Float64Array.from(values), ps) }).toEqual({ n, quantiles: ps.map((p) => quantileSorted(sorted, p)) });
    }
  });

  it('refuses no values', () => {
    expect(() => quantilesInPlace(new Float64Array(0), [0.5])).toThrow(RangeError);
  });
});
