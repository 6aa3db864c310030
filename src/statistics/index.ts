/** Pure statistics (no framework, no I/O): distributions, confidence intervals, seeded random draws. */
export * from './distributions.js';
export * from './intervals.js';
export * from './random.js';
export * from './histogram.js';
export * from './selection.js';
export * from './monte-carlo.js';
export * from './regression.js';
