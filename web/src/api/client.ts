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

/** Anything a request rejected with, as the ApiError the screens show. */
export function toApiError(caught: unknown): ApiError {
  return caught instanceof ApiError ? caught : new ApiError('UNKNOWN', String(caught));
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
export function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  ...[variables]: Variables extends Record<string, never> ? [] : [Variables]
): Promise<Result> {
  return send(document, variables);
}

const prefetched = new Map<string, Promise<unknown>>();
const prefetchKey = (document: { toString(): string }, variables: unknown) => `${document.toString()}\n${JSON.stringify(variables ?? {})}`;

/**
 * Starts a query before the screen that needs it has rendered (at page load, in parallel with
 * the session's own query); the screen's first read of the same query and variables takes it over.
 */
export function prefetch<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options: { after?: Promise<unknown> } = {},
): Promise<Result> {
  const pending = options.after ? options.after.then(
    () => send(document, variables),
    () => send(document, variables),
  ) : send(document, variables);
  // Handled here too, so a prefetch nobody takes over is not an unhandled rejection.
  pending.catch(() => undefined);
  prefetched.set(prefetchKey(document, variables), pending);
  return pending;
}

/** The query's data: from a prefetch of the same query and variables if one is waiting, else a new request. */
export function requestOnce<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<Result> {
  const key = prefetchKey(document, variables);
  const pending = prefetched.get(key) as Promise<Result> | undefined;
  prefetched.delete(key);
  return pending ?? send(document, variables);
}

async function send<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables | undefined): Promise<Result> {
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
