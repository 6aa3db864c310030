import type { TypedDocumentString } from '../gql/graphql.js';

/** One offending value as the server names it (`input.steps.0.name`), with file positions for imports. */
export interface FieldProblem {
  path: string;
  message: string;
  line?: number;
  column?: string | number;
}

/** A refusal from the server, or a network failure (`code: 'NETWORK'`). */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly fields: FieldProblem[] = [],
  ) {
    super(message);
  }
}

interface ErrorBody {
  errors?: { message?: string; extensions?: { code?: string; fields?: FieldProblem[] } }[];
}

/** The first error of a GraphQL or upload answer. */
export function errorFromBody(body: ErrorBody, fallbackCode: string): ApiError {
  const first = body.errors?.[0];
  return new ApiError(first?.extensions?.code ?? fallbackCode, first?.message ?? '', first?.extensions?.fields ?? []);
}

let currentToken: string | null = null;
let onUnauthenticated: () => void = () => undefined;

/** The session hands its token here; requests carry it in the Authorization header, never a cookie. */
export function setSessionToken(token: string | null, whenRefused: () => void): void {
  currentToken = token;
  onUnauthenticated = whenRefused;
}

export function authorizationHeader(): Record<string, string> {
  return currentToken ? { authorization: `Bearer ${currentToken}` } : {};
}

/** Reports a refused session (expired, revoked) once, so the app returns to sign-in. */
export function reportUnauthenticated(error: ApiError): void {
  if (error.code === 'UNAUTHENTICATED' && currentToken) onUnauthenticated();
}

/** Sends one operation; resolves with its data or rejects with an ApiError carrying the server's code and fields. */
export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  ...[variables]: Variables extends Record<string, never> ? [] : [Variables]
): Promise<Result> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...authorizationHeader() },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new ApiError('NETWORK', 'network error');
  }
  let body: ErrorBody & { data?: Result | null };
  try {
    body = (await response.json()) as ErrorBody & { data?: Result | null };
  } catch {
    throw new ApiError(response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'UNKNOWN', `HTTP ${response.status}`);
  }
  if (body.errors?.length || !body.data) {
    const error = errorFromBody(body, 'UNKNOWN');
    reportUnauthenticated(error);
    throw error;
  }
  return body.data;
}
