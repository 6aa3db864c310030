import type { ValueTransformer } from 'typeorm';

/**
 * pg returns NUMERIC as a string to avoid losing precision. Rates and minutes are safe as JS
 * numbers (few significant digits), so they are converted; money stays a string end to end.
 */
export const numericToNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
