import { GraphQLScalarType } from 'graphql';

/** Output-only JSON (row snapshots in the audit trail); never accepted as input. */
export const JsonScalar = new GraphQLScalarType({
  name: 'JSON',
  description: 'Arbitrary JSON value (output only).',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('JSON is an output-only scalar');
  },
});
