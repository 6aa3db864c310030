export * from './distributions.js';
export * from './intervals.js';
export * from './random.js';
