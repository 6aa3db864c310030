import { Transform } from 'class-transformer';
import { ValidateIf } from 'class-validator';

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
