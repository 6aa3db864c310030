/** A NUL character, or half of a UTF-16 surrogate pair standing alone. */
// eslint-disable-next-line no-control-regex -- finding the NUL character is the point
const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Why PostgreSQL could not store a text (NUL bytes and lone surrogates have no UTF-8 form in a
 * text column), or null when it can. One rule for every way text comes in.
 */
export function unstorableTextReason(text: string): string | null {
  const found = UNSTORABLE.exec(text);
  if (!found) return null;
  return found[0] === '\u0000'
    ? `contains a NUL character (at position ${found.index + 1}), which text cannot hold`
    : `contains invalid Unicode (an unpaired surrogate at position ${found.index + 1})`;
}
