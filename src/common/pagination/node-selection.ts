import { type FieldNode, type FragmentDefinitionNode, Kind, type SelectionSetNode } from 'graphql';

/** The fields a document asks below a field, by name (aliases and repeats merged), each with the fields it asks below it. */
export type FieldSelection = ReadonlyMap<string, FieldSelection>;

type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;

function collectFields(sets: readonly SelectionSetNode[], fragments: Fragments, into: Map<string, SelectionSetNode[]>): void {
  for (const set of sets) {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const below = into.get(selection.name.value) ?? [];
        if (selection.selectionSet) below.push(selection.selectionSet);
        into.set(selection.name.value, below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collectFields([selection.selectionSet], fragments, into);
      } else {
        // Validation has refused unknown fragments and cycles before any resolver runs.
        const fragment = fragments[selection.name.value];
        if (fragment) collectFields([fragment.selectionSet], fragments, into);
      }
    }
  }
}

function selectionOf(sets: readonly SelectionSetNode[], fragments: Fragments): FieldSelection {
  const fields = new Map<string, SelectionSetNode[]>();
  collectFields(sets, fragments, fields);
  return new Map([...fields].map(([name, below]) => [name, selectionOf(below, fragments)]));
}

/**
 * Selections by the field nodes they were read from: a compiled operation (graphql-jit) passes
 * the same array on every execution of a cached document, so each document is walked once; a
 * document's field nodes never change. Nothing of any answer is kept.
 */
const selections = new WeakMap<readonly FieldNode[], FieldSelection>();

/**
 * What a connection's nodes are asked for (`edges { node { … } }` below `fieldNodes`, the
 * connection field as the resolver's info gives it), fragments included, so that a resolver can
 * read no more than that. @include and @skip are not evaluated: a field they may leave out
 * counts as asked, so the selection is never smaller than what execution reads.
 */
export function connectionNodeSelection(fieldNodes: readonly FieldNode[], fragments: Fragments): FieldSelection {
  let nodes = selections.get(fieldNodes);
  if (!nodes) {
    const connection = selectionOf(fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : [])), fragments);
    nodes = connection.get('edges')?.get('node') ?? new Map<string, FieldSelection>();
    selections.set(fieldNodes, nodes);
  }
  return nodes;
}

