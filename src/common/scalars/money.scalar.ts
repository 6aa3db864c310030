import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

const MONEY_PATTERN = /^\d{1,10}(\.\d{1,2})?$/;
const MONEY_RULE = 'a non-negative amount with at most 2 decimals, e.g. "85.50"';

function parseMoney(value: unknown): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  if (typeof text !== 'string' || !MONEY_PATTERN.test(text)) {
    throw new GraphQLError(`Money must be ${MONEY_RULE}; got ${JSON.stringify(value)}`);
  }
  return text;
}

/**
 * Exact decimal money. Stored as NUMERIC(12,2) and carried as a string so that no amount
 * passes through binary floating point; accepts a string or a number on input.
 */
export const MoneyScalar = new GraphQLScalarType({
  name: 'Money',
  description: `Exact amount in the organization's currency: ${MONEY_RULE}. Serialized as a string.`,
  serialize: serializeMoney,
  parseValue: parseMoney,
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT || ast.kind === Kind.FLOAT) {
      return parseMoney(ast.kind === Kind.STRING ? ast.value : Number(ast.value));
    }
    throw new GraphQLError(`Money must be ${MONEY_RULE}`);
  },
});

/**
 * Amounts already written with two decimals (as PostgreSQL writes a NUMERIC(12,2)) and at most
 * 13 digits before the point: their double is within a thousandth of a cent of them, so
 * `Number(text).toFixed(2)` would give the same text back. A ranking page serializes 60 such
 * amounts; the conversion was 2 % of its time.
 */
const TWO_DECIMALS = /^-?(?:0|[1-9]\d{0,12})\.\d\d$/;

function serializeMoney(value: unknown): string {
  if (typeof value === 'string' && TWO_DECIMALS.test(value) && value !== '-0.00') return value;
  return Number(parseMoneyOutput(value)).toFixed(2);
}

function parseMoneyOutput(value: unknown): string {
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  throw new GraphQLError('Money cannot represent a non-numeric value');
}
