import { TypeMetadataStorage } from '@nestjs/graphql';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata.js';
import {
  getNamedType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  OperationTypeNode,
} from 'graphql';

/** One scalar or enum position in the arguments of a root field, e.g. `input.steps.0.name`. */
export interface ArgumentSite {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  path: string[];
  /** The scalar or enum type at the position. */
  typeName: string;
  /** The class-validator rules that apply to the position (from its input or arguments class). */
  rules: ValidationMetadata[];
}

const DUMMY_SCALARS: Record<string, unknown> = {
  ID: '00000000-0000-4000-8000-000000000000',
  String: 'x',
  Int: 1,
  Float: 1,
  Boolean: false,
  Money: '1.00',
  DateTime: '2026-01-01T00:00:00.000Z',
  JSON: {},
};

function rulesOf(target: Function | undefined, property: string): ValidationMetadata[] {
  if (!target) return [];
  return getMetadataStorage()
    .getTargetValidationMetadatas(target, '', true, false)
    .filter((rule) => rule.propertyName === property);
}

/**
 * Every scalar position of every root field's arguments, with the validation rules of the
 * class that declares it: input types by their GraphQL name, and for plain arguments the most
 * specific @ArgsType class whose validated properties are all arguments of the field.
 */
export function argumentSites(schema: GraphQLSchema): ArgumentSite[] {
  const inputClasses = new Map(TypeMetadataStorage.getInputTypesMetadata().map((meta) => [meta.name, meta.target]));
  const argsClasses = TypeMetadataStorage.getArgumentsMetadata().map((meta) => ({
    target: meta.target,
    properties: new Set(getMetadataStorage().getTargetValidationMetadatas(meta.target, '', true, false).map((rule) => rule.propertyName)),
  }));
  const sites: ArgumentSite[] = [];
  for (const operation of ['query', 'mutation'] as const) {
    const root = schema.getRootType(operation === 'query' ? OperationTypeNode.QUERY : OperationTypeNode.MUTATION);
    for (const field of Object.values(root?.getFields() ?? {})) {
      const argNames = new Set(field.args.map((arg) => arg.name));
      const argsClass = argsClasses
        .filter((candidate) => candidate.properties.size > 0 && [...candidate.properties].every((name) => argNames.has(name)))
        .sort((a, b) => b.properties.size - a.properties.size)[0]?.target;
      const visit = (type: GraphQLInputType, path: string[], owner: Function | undefined, seen: Set<string>): void => {
        const inner = isNonNullType(type) ? type.ofType : type;
        if (isListType(inner)) return visit(inner.ofType, [...path, '0'], owner, seen);
        if (isInputObjectType(inner)) {
          if (seen.has(inner.name)) return;
          const target = inputClasses.get(inner.name);
          for (const child of Object.values(inner.getFields())) visit(child.type, [...path, child.name], target, new Set([...seen, inner.name]));
          return;
        }
        const property = [...path].reverse().find((part) => part !== '0')!;
        sites.push({ operation, field, path, typeName: getNamedType(type).name, rules: rulesOf(owner, property) });
      };
      for (const arg of field.args) visit(arg.type, [arg.name], argsClass, new Set());
    }
  }
  return sites;
}

/** A type-correct value for `type`, with `value` placed at `path` (creating what leads there). */
function valueFor(type: GraphQLInputType, path: string[] | null, value: unknown): unknown {
  if (path && path.length === 0) return value;
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [valueFor(inner.ofType, path ? path.slice(1) : null, value)];
  if (isInputObjectType(inner)) {
    const object: Record<string, unknown> = {};
    for (const child of Object.values(inner.getFields())) {
      const onPath = path?.[0] === child.name;
      if (onPath || isNonNullType(child.type)) object[child.name] = valueFor(child.type, onPath ? path.slice(1) : null, value);
    }
    return object;
  }
  if (isEnumType(inner)) return inner.getValues()[0].value as unknown;
  if (isScalarType(inner)) return DUMMY_SCALARS[inner.name] ?? 'x';
  return null;
}

/** A request calling the site's root field with `value` at the site and type-correct values elsewhere. */
export function requestAt(site: ArgumentSite, value: unknown): { query: string; variables: Record<string, unknown> } {
  const used = site.field.args.filter((arg) => arg.name === site.path[0] || isNonNullType(arg.type));
  const variables: Record<string, unknown> = {};
  for (const arg of used) variables[arg.name] = valueFor(arg.type, arg.name === site.path[0] ? site.path.slice(1) : null, value);
  const declarations = used.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const call = used.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isCompositeType(getNamedType(site.field.type)) ? ' { __typename }' : '';
  return {
    query: `${site.operation}${declarations ? ` (${declarations})` : ''} { ${site.field.name}${call ? `(${call})` : ''}${selection} }`,
    variables,
  };
}

const INT_MAX = 2 ** 31 - 1;

/** A value of the site's GraphQL type that the rule refuses, or undefined when none can be built. */
export function violationOf(rule: ValidationMetadata, site: ArgumentSite): unknown {
  const [first, second] = (rule.constraints ?? []) as unknown[];
  const numeric = site.typeName === 'Int' || site.typeName === 'Float';
  const text = site.typeName === 'String' || site.typeName === 'ID';
  switch (rule.name) {
    case 'min':
      return numeric && typeof first === 'number' ? Math.floor(first) - 1 : undefined;
    case 'max':
      return numeric && typeof first === 'number' && Math.floor(first) + 1 <= INT_MAX ? Math.floor(first) + 1 : undefined;
    case 'maxLength':
      return text && typeof first === 'number' ? 'x'.repeat(first + 1) : undefined;
    case 'isLength':
      if (!text) return undefined;
      if (typeof second === 'number') return 'x'.repeat(second + 1);
      return typeof first === 'number' && first > 0 ? '' : undefined;
    case 'minLength':
      return text && typeof first === 'number' && first > 0 ? '' : undefined;
    case 'isUuid':
      return text ? 'not-an-id' : undefined;
    case 'isEmail':
      return text ? 'not-an-e-mail' : undefined;
    case 'isIn':
      return text ? 'not-one-of-the-allowed-values' : undefined;
    case 'isCalendarDate':
      return text ? '2020-02-30' : undefined;
    case 'isDateString':
    case 'isIso8601':
      return text ? 'not-a-date' : undefined;
    default:
      return undefined;
  }
}
