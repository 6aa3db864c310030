import {
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  getNamedType,
  parse,
  GraphQLError,
  type GraphQLField,
  type GraphQLInterfaceType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type GraphQLOutputType,
  type GraphQLSchema,
  type SelectionSetNode,
  type ValidationRule,
  type ValueNode,
} from 'graphql';
import type { Complexity } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination/connection.js';

/** Assumed length of a plain list field (steps of a process, departments of an organization). */
const ASSUMED_LIST_SIZE = 10;

/**
 * Cost of one resolution of a field whose work does not follow from its page size (a
 * simulation, a bounded list) is set with `complexity` on `@Query`, `@Mutation` or `@Field`,
 * which @nestjs/graphql keeps in the field's extensions. An estimator receives the arguments
 * written as literals in the document; one given as a variable (or omitted) is `undefined`
 * and must be costed at its largest allowed value.
 */
type FieldComplexity = Complexity;

/** What a document may contain before any validation rule looks at it. */
export interface DocumentBounds {
  maxTokens: number;
  /** Operations and fragments. */
  maxDefinitions: number;
  /** Field selections written in the document (a spread fragment counts once). */
  maxFields: number;
  maxAliases: number;
  /** Distinct root fields an operation resolves, fragments at the root included. */
  maxRootFields: number;
  /**
   * Field selections once every fragment spread is replaced by its fragment: what a query
   * planner that unfolds spreads (graphql-jit's compiler does) has to walk.
   */
  maxUnfoldedFields: number;
}

export const DEFAULT_DOCUMENT_BOUNDS: DocumentBounds = {
  maxTokens: 10_000,
  maxDefinitions: 50,
  maxFields: 1_000,
  maxAliases: 30,
  maxRootFields: 15,
  maxUnfoldedFields: 5_000,
};

/**
 * A caller who is not signed in can only sign in, accept an invitation or read the schema (the
 * IDE's introspection query: 4 definitions, about 60 fields): a budget that fits those, so that
 * an anonymous document costs little to refuse.
 */
export const ANONYMOUS_DOCUMENT_BOUNDS: DocumentBounds = {
  maxTokens: 1_000,
  maxDefinitions: 8,
  maxFields: 120,
  maxAliases: 3,
  maxRootFields: 3,
  maxUnfoldedFields: 400,
};

/**
 * Brackets, braces and parentheses open at once, selection sets and literals together. The
 * parser and the rules walk nesting recursively: a 3000-deep list literal overflowed the stack.
 * The IDE's introspection query nests 15 deep.
 */
export const MAX_NESTING = 64;

/**
 * How deep `(`, `[` and `{` nest in a GraphQL source, outside strings, block strings and
 * comments; stops counting once past `limit`. One pass over the characters, no parsing.
 */
export function sourceNesting(source: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (char === '#') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i += 1;
    } else if (char === '"') {
      if (source.startsWith('"""', i)) {
        i += 3;
        while (i < source.length && !source.startsWith('"""', i)) i += source[i] === '\\' && source.startsWith('"""', i + 1) ? 4 : 1;
        i += 2;
      } else {
        i += 1;
        while (i < source.length && source[i] !== '"' && source[i] !== '\n') i += source[i] === '\\' ? 2 : 1;
      }
    } else if (char === '(' || char === '[' || char === '{') {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (char === ')' || char === ']' || char === '}') {
      depth -= 1;
    }
    i += 1;
  }
  return deepest;
}

function isList(type: GraphQLOutputType): boolean {
  return isListType(isNonNullType(type) ? type.ofType : type);
}

/**
 * Page size as written in the document, else the argument's default. A variable counts as the
 * largest page it could ask for: the rules run on the document alone, so that validated
 * documents can be cached.
 */
function pageSizeOf(node: ValueNode | undefined, defaultValue: unknown): number {
  if (!node) return typeof defaultValue === 'number' ? defaultValue : DEFAULT_PAGE_SIZE;
  if (node.kind === Kind.INT) return Number(node.value);
  return MAX_PAGE_SIZE;
}

/** Literal argument values; variables (unknown until execution) are left undefined. */
function literalArguments(nodes: readonly ArgumentNode[] | undefined): Record<string, unknown> {
  const args: Record<string, unknown> = {};
  for (const node of nodes ?? []) {
    const { value } = node;
    if (value.kind === Kind.INT || value.kind === Kind.FLOAT) args[node.name.value] = Number(value.value);
    else if (value.kind === Kind.STRING || value.kind === Kind.ENUM) args[node.name.value] = value.value;
    else if (value.kind === Kind.BOOLEAN) args[node.name.value] = value.value;
  }
  return args;
}

function ownCost(
  parentType: GraphQLObjectType | GraphQLInterfaceType,
  field: GraphQLField<unknown, unknown>,
  argumentNodes: readonly ArgumentNode[] | undefined,
): number {
  const complexity = field.extensions?.complexity as FieldComplexity | undefined;
  if (complexity === undefined) return 1;
  const cost =
    typeof complexity === 'number'
      ? complexity
      : complexity({ args: literalArguments(argumentNodes), childComplexity: 0, field, type: parentType });
  return typeof cost === 'number' && Number.isFinite(cost) && cost > 0 ? cost : 1;
}

/** The estimated cost and depth of each operation of a document, and the work it took. */
export interface DocumentAnalysis {
  operations: { name: string | null; cost: number; depth: number }[];
  /** Selections visited: grows with the document's size, never with how often fragments are spread. */
  steps: number;
}

/**
 * Costs and depths of every operation in one pass over the document. A fragment is analysed
 * once and its figures reused wherever it is spread: cost is proportional to the multiplier
 * it is reached with, so its cost at multiplier 1 is all that needs remembering. Every field
 * counts once per object it is resolved on; a paginated field multiplies what is below it by
 * its page size (`first`: default 20, a variable counts as 100); a plain list by 10; the edges
 * of a connection are already counted by its page size. Introspection fields do not count
 * towards depth (IDEs send a 15-deep introspection query).
 */
export function analyseDocument(document: DocumentNode, schema: GraphQLSchema): DocumentAnalysis {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const fragmentFigures = new Map<string, { cost: number; depth: number }>();
  const inProgress = new Set<string>();
  let steps = 0;

  const figuresOf = (selectionSet: SelectionSetNode, parentType: GraphQLNamedType): { cost: number; depth: number } => {
    let cost = 0;
    let depth = 0;
    // Execution collects a fragment spread twice in one selection set only once.
    const spread = new Set<string>();
    for (const selection of selectionSet.selections) {
      steps += 1;
      if (selection.kind === Kind.FIELD) {
        const introspection = selection.name.value.startsWith('__');
        if (!isObjectType(parentType) && !isInterfaceType(parentType)) continue;
        const field = parentType.getFields()[selection.name.value];
        if (!field) {
          if (introspection) continue;
          depth = Math.max(depth, 1);
          continue;
        }
        cost += ownCost(parentType, field, selection.arguments);
        if (!selection.selectionSet) {
          if (!introspection) depth = Math.max(depth, 1);
          continue;
        }
        const pageArgument = field.args.find((arg) => arg.name === 'first');
        const pageSize = pageArgument
          ? pageSizeOf(selection.arguments?.find((arg) => arg.name.value === 'first')?.value, pageArgument.defaultValue)
          : undefined;
        const listFactor = pageSize ?? (isList(field.type) && !parentType.name.endsWith('Connection') ? ASSUMED_LIST_SIZE : 1);
        const below = figuresOf(selection.selectionSet, getNamedType(field.type));
        cost += listFactor * below.cost;
        if (!introspection) depth = Math.max(depth, 1 + below.depth);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
        if (!type) continue;
        const below = figuresOf(selection.selectionSet, type);
        cost += below.cost;
        depth = Math.max(depth, below.depth);
      } else {
        if (spread.has(selection.name.value)) continue;
        spread.add(selection.name.value);
        const below = fragmentFiguresOf(selection.name.value);
        cost += below.cost;
        depth = Math.max(depth, below.depth);
      }
    }
    return { cost, depth };
  };

  const fragmentFiguresOf = (name: string): { cost: number; depth: number } => {
    const known = fragmentFigures.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    const type = fragment && schema.getType(fragment.typeCondition.name.value);
    // Unknown fragments and cycles are reported by graphql-js's own rules.
    if (!fragment || !type || inProgress.has(name)) return { cost: 0, depth: 0 };
    inProgress.add(name);
    const figures = figuresOf(fragment.selectionSet, type);
    inProgress.delete(name);
    fragmentFigures.set(name, figures);
    return figures;
  };

  const operations: DocumentAnalysis['operations'] = [];
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = schema.getRootType(definition.operation);
    if (!root) continue;
    const { cost, depth } = figuresOf(definition.selectionSet, root);
    operations.push({ name: definition.name?.value ?? null, cost, depth });
  }
  return { operations, steps };
}

/**
 * Refuses operations whose estimated cost exceeds `maxCost` or whose fields nest deeper than
 * `maxDepth` (introspection aside). One rule for both, so that the document is analysed once.
 */
export function queryLimitsRule(limits: { maxDepth: number; maxCost: number }): ValidationRule {
  return (context) => {
    const analysis = analyseDocument(context.getDocument(), context.getSchema());
    for (const operation of analysis.operations) {
      if (operation.depth > limits.maxDepth) {
        context.reportError(
          new GraphQLError(`query is too deep: ${operation.depth} levels of fields exceed the limit of ${limits.maxDepth}`, {
            extensions: { code: 'QUERY_TOO_DEEP', depth: operation.depth, maxDepth: limits.maxDepth },
          }),
        );
      }
      if (operation.cost > limits.maxCost) {
        context.reportError(
          new GraphQLError(
            `query is too costly: estimated cost ${operation.cost} exceeds the limit of ${limits.maxCost}; ask for fewer items or fewer nested fields`,
            { extensions: { code: 'QUERY_TOO_COSTLY', cost: operation.cost, maxCost: limits.maxCost } },
          ),
        );
      }
    }
    return {};
  };
}

/** What a document contains, counted in one walk over its nodes (spreads not followed). */
export interface DocumentSize {
  definitions: number;
  fields: number;
  aliases: number;
  rootFields: number;
  /** The largest operation's field selections with every spread unfolded (counted, not built). */
  unfoldedFields: number;
}

export function measureDocument(document: DocumentNode): DocumentSize {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  let fields = 0;
  let aliases = 0;
  const pending: SelectionSetNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) {
      pending.push(definition.selectionSet);
    }
  }
  while (pending.length > 0) {
    const selectionSet = pending.pop()!;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        fields += 1;
        if (selection.alias) aliases += 1;
        if (selection.selectionSet) pending.push(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        pending.push(selection.selectionSet);
      }
    }
  }
  // Root fields: an operation's own, plus those of fragments (each once) it spreads at the root.
  let rootFields = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const names = new Set<string>();
    const seen = new Set<string>();
    const sets = [definition.selectionSet];
    while (sets.length > 0) {
      for (const selection of sets.pop()!.selections) {
        if (selection.kind === Kind.FIELD) names.add((selection.alias ?? selection.name).value);
        else if (selection.kind === Kind.INLINE_FRAGMENT) sets.push(selection.selectionSet);
        else if (!seen.has(selection.name.value)) {
          seen.add(selection.name.value);
          const fragment = fragments.get(selection.name.value);
          if (fragment) sets.push(fragment.selectionSet);
        }
      }
    }
    rootFields = Math.max(rootFields, names.size);
  }
  // Unfolded size, with each fragment's own unfolded size computed once.
  const unfoldedOfFragment = new Map<string, number>();
  const unfoldedOf = (selectionSet: SelectionSetNode, path: Set<string>): number => {
    let count = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) count += 1 + (selection.selectionSet ? unfoldedOf(selection.selectionSet, path) : 0);
      else if (selection.kind === Kind.INLINE_FRAGMENT) count += unfoldedOf(selection.selectionSet, path);
      else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        // Cycles are graphql-js's to report; they add nothing here.
        if (!fragment || path.has(name)) continue;
        let known = unfoldedOfFragment.get(name);
        if (known === undefined) {
          path.add(name);
          known = unfoldedOf(fragment.selectionSet, path);
          path.delete(name);
          unfoldedOfFragment.set(name, known);
        }
        count += known;
      }
    }
    return count;
  };
  let unfoldedFields = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      unfoldedFields = Math.max(unfoldedFields, unfoldedOf(definition.selectionSet, new Set()));
    }
  }
  return { definitions: document.definitions.length, fields, aliases, rootFields, unfoldedFields };
}

/** The first bound a document exceeds, as a sentence, or null when it fits. */
export function exceededBound(size: DocumentSize, bounds: DocumentBounds): string | null {
  if (size.definitions > bounds.maxDefinitions) {
    return `the document has ${size.definitions} operations and fragments; at most ${bounds.maxDefinitions} are allowed`;
  }
  if (size.fields > bounds.maxFields) return `the document selects ${size.fields} fields; at most ${bounds.maxFields} are allowed`;
  if (size.aliases > bounds.maxAliases) return `the document uses ${size.aliases} aliases; at most ${bounds.maxAliases} are allowed`;
  if (size.rootFields > bounds.maxRootFields) {
    return `an operation asks for ${size.rootFields} root fields; at most ${bounds.maxRootFields} are allowed`;
  }
  if (size.unfoldedFields > bounds.maxUnfoldedFields) {
    return `with its fragments unfolded, an operation selects ${size.unfoldedFields} fields; at most ${bounds.maxUnfoldedFields} are allowed`;
  }
  return null;
}

/** A refusal before validation or execution, shaped like Mercurius's own validation failures (HTTP 400). */
export class RequestRefusedError extends Error {
  readonly statusCode = 400;
  readonly code = 'MER_ERR_GQL_VALIDATION';
  constructor(readonly errors: GraphQLError[]) {
    super(errors[0]?.message ?? 'the document was refused');
  }
}

/** Sources already checked; bounded, so that it cannot grow with what callers send. */
const ACCEPTED_SOURCES_KEPT = 1_000;

/** Whether a request's credentials were accepted; those without get ANONYMOUS_DOCUMENT_BOUNDS. */
export type CallerKind = 'signed-in' | 'anonymous';

/**
 * A Mercurius preParsing hook: parses the document itself with a token limit and checks its
 * size before graphql-js or any validation rule sees it, with the anonymous bounds for a caller
 * not signed in (the request's context, with its caller, is built before this hook runs: a
 * forged or expired token gets the anonymous bounds). A source that is not GraphQL is refused here as a
 * syntax error (Mercurius would otherwise try to read it as a JSON syntax tree, and
 * `{"query": 5}` reached the rules as the number 5).
 */
export function documentBoundsHook<Context>(
  bounds: Record<CallerKind, DocumentBounds>,
  callerKind: (context: Context) => CallerKind,
): (schema: GraphQLSchema, source: string, context: Context) => Promise<void> {
  const accepted: Record<CallerKind, Set<string>> = { 'signed-in': new Set(), anonymous: new Set() };
  const check = (source: string, kind: CallerKind): void => {
    const known = accepted[kind];
    if (known.has(source)) return;
    const limits = bounds[kind];
    const refusal = (sentence: string) => (kind === 'anonymous' ? `${sentence} before signing in` : sentence);
    const nesting = sourceNesting(source, MAX_NESTING);
    if (nesting > MAX_NESTING) {
      throw new RequestRefusedError([
        new GraphQLError(`the document nests brackets more than ${MAX_NESTING} deep; send a flatter query`, { extensions: { code: 'GRAPHQL_PARSE_FAILED', maxNesting: MAX_NESTING } }),
      ]);
    }
    let document: DocumentNode;
    try {
      document = parse(source, { maxTokens: limits.maxTokens, noLocation: true });
    } catch (error) {
      if (!(error instanceof GraphQLError)) throw error;
      const tooLong = error.message.includes('tokens. Parsing aborted');
      throw new RequestRefusedError([
        tooLong
          ? new GraphQLError(refusal(`the document has more than ${limits.maxTokens} tokens; send a smaller query`), {
              extensions: { code: 'QUERY_TOO_LARGE', maxTokens: limits.maxTokens },
            })
          : new GraphQLError(error.message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
      ]);
    }
    const exceeded = exceededBound(measureDocument(document), limits);
    if (exceeded) {
      throw new RequestRefusedError([new GraphQLError(refusal(exceeded), { extensions: { code: 'QUERY_TOO_LARGE', ...limits } })]);
    }
    if (known.size >= ACCEPTED_SOURCES_KEPT) known.clear();
    known.add(source);
  };
  // A throw inside the executor rejects the hook's promise, which Mercurius reports.
  return (_schema, source, context) =>
    new Promise<void>((resolve) => {
      check(source, callerKind(context));
      resolve();
    });
}
