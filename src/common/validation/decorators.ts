import { Transform } from 'class-transformer';
import { ValidateBy, ValidateIf } from 'class-validator';

/** Leading and trailing blanks are never meaningful in names and labels. */
export const Trim = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

/**
 * For update inputs: an omitted field stays unchanged, but an explicit null is validated (and
 * rejected) for attributes that cannot be empty. class-validator's IsOptional would let null
 * through to a NOT NULL column.
 */
export const ValidateIfPresent = () => ValidateIf((_object, value: unknown) => value !== undefined);

export const ID_MESSAGE = 'must be an id returned by this API';

/** A real calendar day written YYYY-MM-DD (2020-02-30 and 2021-02-29 are not). */
export function isCalendarDate(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const parts = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!parts) return false;
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

export const IsCalendarDate = (message: string) =>
  ValidateBy({ name: 'isCalendarDate', validator: { validate: isCalendarDate, defaultMessage: () => message } });
