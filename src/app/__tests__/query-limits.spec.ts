import { buildSchema, getIntrospectionQuery, parse } from 'graphql';
import {
  analyseDocument,
  ANONYMOUS_DOCUMENT_BOUNDS,
  DEFAULT_DOCUMENT_BOUNDS,
  MAX_NESTING,
  sourceNesting,
  exceededBound,
  measureDocument,
} from '../query-limits.rules.js';

const schema = buildSchema(`
  type Query { organizations(first: Int): OrganizationConnection! organization: Organization }
  type OrganizationConnection { edges: [OrganizationEdge!]! }
  type OrganizationEdge { node: Organization! }
  type Organization { id: ID! name: String! departments: [Department!]! }
  type Department { id: ID! name: String! }
`);

/** n fragments, each spreading the previous one twice: naive expansion does 2^n work. */
function doublingFragments(n: number): string {
  const fragments = ['fragment F0 on Organization { id name }'];
  for (let i = 1; i < n; i += 1) fragments.push(`fragment F${i} on Organization { ...F${i - 1} ...F${i - 1} }`);
  return `{ organizations(first: 1) { edges { node { ...F${n - 1} } } } }\n${fragments.join('\n')}`;
}

describe('query limits', () => {
  it('analyses a document in work proportional to its size, however often fragments are spread', () => {
    const steps = [10, 20, 40, 80].map((n) => analyseDocument(parse(doublingFragments(n)), schema).steps);
    // Each fragment is walked once: two spreads in each of n - 1 fragments, F0's two fields,
    // and the operation's three fields and one spread.
    expect(steps).toEqual([10, 20, 40, 80].map((n) => 2 * (n - 1) + 2 + 4));
    expect(steps[3] / steps[0]).toBeLessThan(9);
  });

  it('still counts what spreads resolve: cost and depth of the expanded query', () => {
    const analysis = analyseDocument(parse(doublingFragments(3)), schema);
    // organizations(1) + edges + node, then F2 = F1 = F0 = 2 fields: execution collects a
    // fragment spread twice in one selection set once.
    expect(analysis.operations).toEqual([{ name: null, cost: 3 + 2, depth: 4 }]);
    const twoFragments = analyseDocument(
      parse('{ organization { ...A ...B } } fragment A on Organization { id name } fragment B on Organization { ...A id }'),
      schema,
    );
    expect(twoFragments.operations[0].cost).toBe(1 + 2 + 3);
  });

  it('multiplies costs by page sizes and plain lists, fragment or not', () => {
    const inline = parse('{ organizations(first: 50) { edges { node { id departments { id name } } } } }');
    const viaFragment = parse(
      '{ organizations(first: 50) { edges { node { ...O } } } } fragment O on Organization { id departments { id name } }',
    );
    const expected = 1 + 50 * (1 + 1 + 1 + 1 + 10 * 2);
    expect(analyseDocument(inline, schema).operations[0].cost).toBe(expected);
    expect(analyseDocument(viaFragment, schema).operations[0].cost).toBe(expected);
  });

  it('counts fields, aliases and root fields in one walk, and names the bound a document exceeds', () => {
    const aliases = Array.from({ length: 40 }, (_, i) => `a${i}: organization { id }`).join(' ');
    const size = measureDocument(parse(`{ ${aliases} }`));
    expect(size).toEqual({ definitions: 1, fields: 80, aliases: 40, rootFields: 40, unfoldedFields: 80 });
    expect(exceededBound(size, DEFAULT_DOCUMENT_BOUNDS)).toMatch(/40 aliases; at most 30/);
    const rootViaFragments = measureDocument(
      parse('{ ...R ...R } fragment R on Query { a: organization { id } b: organization { id } c: organization { id } }'),
    );
    expect(rootViaFragments.rootFields).toBe(3);
    const doubling = measureDocument(parse(doublingFragments(30)));
    expect(doubling).toMatchObject({ definitions: 31, fields: 5, unfoldedFields: 3 + 2 ** 30 });
    expect(exceededBound(doubling, DEFAULT_DOCUMENT_BOUNDS)).toMatch(/unfolded, an operation selects 1073741827 fields/);
  });

  it("fits the IDE's introspection query and a sign-in within the anonymous bounds", () => {
    for (const source of [getIntrospectionQuery(), 'mutation Login($input: LoginInput!) { login(input: $input) { accessToken expiresAt } }']) {
      expect(exceededBound(measureDocument(parse(source)), ANONYMOUS_DOCUMENT_BOUNDS)).toBeNull();
      expect(sourceNesting(source, MAX_NESTING)).toBeLessThanOrEqual(MAX_NESTING);
    }
  });

  it('measures nesting in one pass, outside strings, block strings and comments, and stops past the limit', () => {
    expect(sourceNesting('{ a(x: [[1]]) { b } }', 64)).toBe(4);
    expect(sourceNesting('{ a(x: "[[[[", y: """{{{ \\""" [[[""") } # ((((\n', 64)).toBe(2);
    expect(sourceNesting('['.repeat(1_000_000), 64)).toBe(65);
  });
});
