import { isUUID } from 'class-validator';

/** A malformed id cannot name a record: callers treat it like an unknown id. */
export function isRecordId(value: string): boolean {
  return isUUID(value, 'all');
}
