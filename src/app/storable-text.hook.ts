import {
  type DocumentNode,
  GraphQLError,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { ErrorCode, type FieldError } from '../common/errors/domain-error.js';
import { unstorableTextReason } from '../common/validation/storable-text.js';
import { RequestRefusedError } from './query-limits.rules.js';

/** Stop after this many findings: enough to fix a request. */
const MAX_FINDINGS = 10;

/**
 * Every text a GraphQL request carries (string literals, and variable values wherever they
 * are used) is checked once for what PostgreSQL cannot store, so that a NUL byte or an
 * unpaired surrogate in any argument is BAD_USER_INPUT with its path, not a database error.
 * Paths are written from the argument, as the validation pipe writes them (`input.name`);
 * each variable is walked once, at its first use, so the work is linear in the request.
 */
export function findUnstorableText(document: DocumentNode, variables: Record<string, unknown> | undefined): FieldError[] {
  const findings: FieldError[] = [];
  const variableUse = new Map<string, string>();
  const report = (path: string, text: string) => {
    const reason = findings.length < MAX_FINDINGS ? unstorableTextReason(text) : null;
    if (reason) findings.push({ path, message: reason });
  };
  const walkLiteral = (node: ValueNode, path: string): void => {
    if (node.kind === Kind.STRING) report(path, node.value);
    else if (node.kind === Kind.VARIABLE) {
      if (!variableUse.has(node.name.value)) variableUse.set(node.name.value, path);
    } else if (node.kind === Kind.LIST) node.values.forEach((value, index) => walkLiteral(value, `${path}.${index}`));
    else if (node.kind === Kind.OBJECT) for (const field of node.fields) walkLiteral(field.value, `${path}.${field.name.value}`);
  };
  const walkSelections = (selectionSet: SelectionSetNode): void => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        for (const argument of selection.arguments ?? []) walkLiteral(argument.value, argument.name.value);
        if (selection.selectionSet) walkSelections(selection.selectionSet);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) walkSelections(selection.selectionSet);
    }
  };
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) {
      walkSelections(definition.selectionSet);
    }
  }
  const walkValue = (value: unknown, path: string): void => {
    if (typeof value === 'string') report(path, value);
    else if (Array.isArray(value)) value.forEach((item, index) => walkValue(item, `${path}.${index}`));
    else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        const keyProblem = unstorableTextReason(key);
        if (keyProblem && findings.length < MAX_FINDINGS) findings.push({ path: `${path}.${key}`, message: `a field name ${keyProblem}` });
        walkValue(item, `${path}.${key}`);
      }
    }
  };
  for (const [name, value] of Object.entries(variables ?? {})) walkValue(value, variableUse.get(name) ?? `$${name}`);
  return findings;
}

/** A Mercurius preExecution hook refusing requests with text PostgreSQL cannot store. */
export function storableTextHook(): (schema: unknown, document: DocumentNode, context: unknown, variables?: Record<string, unknown>) => Promise<void> {
  return (_schema, document, _context, variables) =>
    new Promise<void>((resolve) => {
      const findings = findUnstorableText(document, variables);
      if (findings.length > 0) {
        throw new RequestRefusedError([
          new GraphQLError(findings.map((finding) => `${finding.path}: ${finding.message}`).join('; '), {
            extensions: { code: ErrorCode.BAD_USER_INPUT, fields: findings },
          }),
        ]);
      }
      resolve();
    });
}
