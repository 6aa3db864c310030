import pg from 'pg';

/** A value that may be written into SQL as a literal. */
export type LiteralValue = string | number | boolean | null | readonly string[];

/**
 * Renders a value as a SQL literal with PostgreSQL's own quoting rules (pg's escapeLiteral
 * doubles quotes and backslashes and uses the E'' form when needed). Arrays become array
 * literals whose elements are double-quoted and escaped as the array input syntax requires.
 */
export function sqlLiteral(value: LiteralValue): string {
  if (value === null) return 'NULL';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`cannot write ${value} as a SQL literal`);
    return String(value);
  }
  if (typeof value === 'string') return pg.escapeLiteral(value);
  const elements = value.map((element) => `"${element.replace(/["\\]/g, (char) => `\\${char}`)}"`);
  return pg.escapeLiteral(`{${elements.join(',')}}`);
}

/**
 * Replaces the $1..$n placeholders of one of our own statements by literals. Only for SQL
 * written in this code base (no placeholder-like text inside its string constants), never for
 * SQL that came from outside.
 */
export function inlineParameters(text: string, values: readonly LiteralValue[]): string {
  return text.replace(/\$(\d+)/g, (_match, index: string) => {
    const position = Number(index) - 1;
    if (position < 0 || position >= values.length) throw new Error(`no value for placeholder $${index}`);
    return sqlLiteral(values[position]);
  });
}
