import { histogram } from '../histogram.js';

describe('histogram', () => {
  it('puts every value in one of equal-width bins, the largest in the last', () => {
    const bins = histogram([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5);
    expect(bins.map((bin) => bin.count)).toEqual([2, 2, 2, 2, 3]);
    expect(bins[0]).toMatchObject({ lower: 0, upper: 2 });
    expect(bins[4]).toMatchObject({ lower: 8, upper: 10 });
    expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(11);
  });

  it('handles negative values, equal values and no values', () => {
    expect(histogram(Float64Array.from([-10, 10]), 2)).toEqual([
      { lower: -10, upper: 0, count: 1 },
      { lower: 0, upper: 10, count: 1 },
    ]);
    expect(histogram([3, 3, 3], 10)).toEqual([{ lower: 3, upper: 3, count: 3 }]);
    expect(histogram([], 10)).toEqual([]);
    expect(() => histogram([1], 0)).toThrow(RangeError);
  });
});
