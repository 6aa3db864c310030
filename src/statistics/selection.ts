import { quantileSorted } from './intervals.js';

/**
 * Quantiles of unsorted values, the same as quantileSorted gives on the sorted values (linear
 * interpolation between the closest ranks, PostgreSQL's percentile_cont): each needs only its
 * two closest ranks, found by selection (Hoare's quickselect, median-of-three pivots) in
 * linear time instead of sorting a million values; input crafted against the pivot rule cannot
 * make it quadratic, because after 2·log2(n) rounds the rest is sorted (introselect). Reorders
 * `values` in place.
 */
export function quantilesInPlace(values: Float64Array, ps: readonly number[]): number[] {
  const n = values.length;
  if (n === 0) throw new RangeError('a quantile needs at least one value');
  // The ranks needed, ascending: selecting one leaves everything below it to its left, so the
  // next selection searches only from there.
  const ranks = [...new Set(ps.flatMap((p) => {
    const position = (n - 1) * p;
    return [Math.floor(position), Math.min(n - 1, Math.floor(position) + 1)];
  }))].sort((a, b) => a - b);
  const ranked = new Map<number, number>();
  let left = 0;
  for (const rank of ranks) {
    select(values, left, n - 1, rank);
    ranked.set(rank, values[rank]);
    left = rank;
  }
  return ps.map((p) => {
    const position = (n - 1) * p;
    const below = Math.floor(position);
    return quantileSorted([ranked.get(below)!, ranked.get(Math.min(n - 1, below + 1))!], position - below);
  });
}

/** Rearranges values[left..right] so that values[k] is the value of rank k, smaller ones before it, larger after. */
function select(values: Float64Array, left: number, right: number, k: number): void {
  let rounds = 2 * Math.ceil(Math.log2(right - left + 2));
  while (right > left) {
    if (rounds-- === 0) {
      values.subarray(left, right + 1).sort();
      return;
    }
    const middle = (left + right) >>> 1;
    // Median of three as the pivot: sorted or nearly sorted input stays linear.
    if (values[middle] < values[left]) swap(values, middle, left);
    if (values[right] < values[left]) swap(values, right, left);
    if (values[right] < values[middle]) swap(values, right, middle);
    const pivot = values[middle];
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] < pivot) i += 1;
      while (values[j] > pivot) j -= 1;
      if (i <= j) {
        swap(values, i, j);
        i += 1;
        j -= 1;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return;
  }
}

function swap(values: Float64Array, a: number, b: number): void {
  const kept = values[a];
  values[a] = values[b];
  values[b] = kept;
}
