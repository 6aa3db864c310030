/** One bar of a histogram: values in [lower, upper) (the last bar includes its upper edge). */
export interface HistogramBin {
  lower: number;
  upper: number;
  count: number;
}

/**
 * Equal-width bins from the smallest to the largest value, in one pass after finding the ends:
 * linear in the values. All values equal: one bin holding them all; no values: no bins.
 */
export function histogram(values: ArrayLike<number>, binCount: number): HistogramBin[] {
  if (!Number.isInteger(binCount) || binCount < 1) throw new RangeError('binCount must be a whole number of at least 1');
  if (values.length === 0) return [];
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < values.length; i += 1) {
    if (values[i] < min) min = values[i];
    if (values[i] > max) max = values[i];
  }
  if (min === max) return [{ lower: min, upper: max, count: values.length }];
  const width = (max - min) / binCount;
  const counts = new Array<number>(binCount).fill(0);
  for (let i = 0; i < values.length; i += 1) {
    counts[Math.min(binCount - 1, Math.floor((values[i] - min) / width))] += 1;
  }
  return counts.map((count, index) => ({
    lower: min + index * width,
    upper: index === binCount - 1 ? max : min + (index + 1) * width,
    count,
  }));
}
