import { type FieldNode, type FragmentDefinitionNode, Kind, type OperationDefinitionNode, parse } from 'graphql';
import { connectionNodeSelection, type FieldSelection } from '../node-selection.js';

/** The selection of a document's first root field's nodes, as a resolver of that field would see it. */
function nodesAsked(source: string): FieldSelection {
  const document = parse(source);
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return connectionNodeSelection([operation.selectionSet.selections[0] as FieldNode], fragments);
}

/** A selection as nested plain objects, for comparing. */
const plain = (selection: FieldSelection): Record<string, unknown> =>
  Object.fromEntries([...selection].map(([name, below]) => [name, plain(below)]));

describe('the fields asked of a connection\'s nodes', () => {
  it('are the fields below edges.node, each with the fields below it', () => {
    expect(plain(nodesAsked('{ ranking(first: 2) { edges { cursor node { id npv { p50 } } } pageInfo { endCursor } } }'))).toEqual({
      id: {},
      npv: { p50: {} },
    });
  });

  it('merge aliases, repeats, inline fragments and named fragments, and count fields under @skip as asked', () => {
    const source = `{ ranking { edges { node { a: id ...Figures ... on Candidate { npv { p10 } } } } edges { node { npv { p90 } name @skip(if: true) } } } }
      fragment Figures on Candidate { npv { p50 } display { npv { p50 } } }`;
    expect(plain(nodesAsked(source))).toEqual({
      id: {},
      npv: { p10: {}, p50: {}, p90: {} },
      display: { npv: { p50: {} } },
      name: {},
    });
  });

  it('are walked once for the field nodes of a document executed again', () => {
    const field = (parse('{ ranking { edges { node { id } } } }').definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
    const fieldNodes = [field];
    expect(connectionNodeSelection(fieldNodes, {})).toBe(connectionNodeSelection(fieldNodes, {}));
  });

  it('are none when the document asks no nodes', () => {
    expect(nodesAsked('{ ranking { pageInfo { hasNextPage } } }').size).toBe(0);
  });
});
