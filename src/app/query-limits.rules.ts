import {
  type FragmentDefinitionNode,
  getNamedType,
  GraphQLError,
  type GraphQLNamedType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  Kind,
  type GraphQLOutputType,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination/connection.js';

/** Assumed length of a plain list field (steps of a process, departments of an organization). */
const ASSUMED_LIST_SIZE = 10;

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Page size as written in the document. A variable counts as the largest page it could ask
 * for: the rule runs on the document alone, so that validated documents can be cached.
 */
function pageSizeOf(node: ValueNode | undefined): number {
  if (!node) return DEFAULT_PAGE_SIZE;
  if (node.kind === Kind.INT) return Number(node.value);
  return MAX_PAGE_SIZE;
}

/**
 * Estimated cost of an operation: every field counts once per object it is resolved on. A
 * paginated field multiplies what is below it by its page size (`first`: default 20, a
 * variable counts as 100); a plain list by 10; the edges of a connection are already counted
 * by its page size.
 */
export function operationCost(
  selectionSet: SelectionSetNode,
  parentType: GraphQLNamedType,
  multiplier: number,
  fragments: Record<string, FragmentDefinitionNode>,
  schemaType: (name: string) => GraphQLNamedType | undefined,
  visitedFragments: Set<string> = new Set(),
): number {
  let cost = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
      const field = parentType.getFields()[selection.name.value];
      if (!field) continue;
      cost += multiplier;
      if (!selection.selectionSet) continue;
      const hasPageSize = field.args.some((arg) => arg.name === 'first');
      const pageSize = hasPageSize
        ? pageSizeOf(selection.arguments?.find((arg) => arg.name.value === 'first')?.value)
        : undefined;
      const listFactor = pageSize ?? (isList(field.type) && !parentType.name.endsWith('Connection') ? ASSUMED_LIST_SIZE : 1);
      cost += operationCost(selection.selectionSet, getNamedType(field.type), multiplier * listFactor, fragments, schemaType, visitedFragments);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schemaType(selection.typeCondition.name.value) : parentType;
      if (type) cost += operationCost(selection.selectionSet, type, multiplier, fragments, schemaType, visitedFragments);
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || visitedFragments.has(name)) continue;
      const type = schemaType(fragment.typeCondition.name.value);
      if (type) {
        cost += operationCost(fragment.selectionSet, type, multiplier, fragments, schemaType, new Set([...visitedFragments, name]));
      }
    }
  }
  return cost;
}

/** A validation rule refusing operations whose estimated cost exceeds `maxCost`. */
export function queryCostRule(maxCost: number): ValidationRule {
  return (context) => {
    const document = context.getDocument();
    const schema = context.getSchema();
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(operation) {
        const root = schema.getRootType(operation.operation);
        if (!root) return;
        const cost = operationCost(operation.selectionSet, root, 1, fragments, (name) => schema.getType(name) ?? undefined);
        if (cost > maxCost) {
          context.reportError(
            new GraphQLError(
              `query is too costly: estimated cost ${cost} exceeds the limit of ${maxCost}; ask for fewer items or fewer nested fields`,
              { nodes: [operation], extensions: { code: 'QUERY_TOO_COSTLY', cost, maxCost } },
            ),
          );
        }
      },
    };
  };
}

function selectionDepth(
  selectionSet: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  visitedFragments: ReadonlySet<string>,
): number {
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      // Introspection (__schema, __type) is bounded by the schema itself; IDEs send it 15 deep.
      if (selection.name.value.startsWith('__')) continue;
      const below = selection.selectionSet ? selectionDepth(selection.selectionSet, fragments, visitedFragments) : 0;
      deepest = Math.max(deepest, 1 + below);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, selectionDepth(selection.selectionSet, fragments, visitedFragments));
    } else {
      const name = selection.name.value;
      const fragment = fragments[name];
      if (!fragment || visitedFragments.has(name)) continue;
      deepest = Math.max(deepest, selectionDepth(fragment.selectionSet, fragments, new Set([...visitedFragments, name])));
    }
  }
  return deepest;
}

/** A validation rule refusing operations nested deeper than `maxDepth` fields (introspection aside). */
export function queryDepthRule(maxDepth: number): ValidationRule {
  return (context) => {
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    return {
      OperationDefinition(operation) {
        const depth = selectionDepth(operation.selectionSet, fragments, new Set());
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`query is too deep: ${depth} levels of fields exceed the limit of ${maxDepth}`, {
              nodes: [operation],
              extensions: { code: 'QUERY_TOO_DEEP', depth, maxDepth },
            }),
          );
        }
      },
    };
  };
}
