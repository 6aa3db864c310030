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

/** The session a request is sent with: its header, and the token to name when the server refuses it. */
export function sessionCredentials(): { token: string | null; header: Record<string, string> } {
  const token = currentToken;
  return { token, header: token ? { authorization: `Bearer ${token}` } : {} };
}

/** Whether requests are sent with this token now (and not yet with an earlier or no one). */
export function isSessionToken(token: string): boolean {
  return currentToken === token;
}

/**
 * Reports a refused session (expired, revoked), so the app returns to sign-in; only if the refused
 * token is still the session's (an answer to a request sent before a new sign-in says nothing of it).
 */
export function reportUnauthenticated(error: ApiError, sentWith: string | null): void {
  if (error.code === 'UNAUTHENTICATED' && sentWith !== null && sentWith === currentToken) onUnauthenticated();
}

/** Sends one operation; resolves with its data or rejects with an ApiError carrying the server's code and fields. */
export function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  ...[variables]: Variables extends Record<string, never> ? [] : [Variables]
): Promise<Result> {
  return send(document, variables);
}

/** A prefetch not taken over within this time is not used: its answer may be out of date by then. */
const PREFETCH_FRESH_MS = 10_000;
interface Prefetched {
  pending: Promise<unknown>;
  startedAt: number;
  /** The answer, once it has arrived. */
  answer?: { data: unknown };
}
const prefetched = new Map<string, Prefetched>();
const prefetchKey = (document: { toString(): string }, variables: unknown) => `${document.toString()}\n${JSON.stringify(variables ?? {})}`;
const isFresh = (entry: Prefetched | undefined): entry is Prefetched =>
  entry !== undefined && performance.now() - entry.startedAt < PREFETCH_FRESH_MS;

/**
 * Starts a query before the screen that needs it has rendered (at page load, when a link to the
 * screen is about to be followed or is followed); the screen's first read of the same query and
 * variables takes it over. A fresh prefetch of the same query and variables is not sent again.
 */
export function prefetch<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  options: { after?: Promise<unknown> } = {},
): Promise<Result> {
  const waiting = prefetched.get(prefetchKey(document, variables));
  if (isFresh(waiting)) return waiting.pending as Promise<Result>;
  const pending = options.after ? options.after.then(
    () => send(document, variables),
    () => send(document, variables),
  ) : send(document, variables);
  const key = prefetchKey(document, variables);
  const entry: Prefetched = { pending, startedAt: performance.now() };
  // A failed prefetch is forgotten (the screen asks again); handled here too, so a prefetch
  // nobody takes over is not an unhandled rejection.
  pending.then(
    (data) => {
      entry.answer = { data };
    },
    () => {
      if (prefetched.get(key) === entry) prefetched.delete(key);
    },
  );
  prefetched.set(key, entry);
  return pending;
}

/**
 * The answer of a recent prefetch of this query and variables if it has already arrived, taken
 * over (as requestOnce would): a screen opened after its data came renders it at once, rather
 * than drawing a loading state first and its data one task later.
 */
export function takePrefetched<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): { data: Result } | undefined {
  const key = prefetchKey(document, variables);
  const waiting = prefetched.get(key);
  if (!isFresh(waiting) || !waiting.answer) return undefined;
  prefetched.delete(key);
  return waiting.answer as { data: Result };
}

/** The query's data: from a recent prefetch of the same query and variables if one is waiting, else a new request. */
export function requestOnce<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables): Promise<Result> {
  const key = prefetchKey(document, variables);
  const waiting = prefetched.get(key);
  prefetched.delete(key);
  return isFresh(waiting) ? (waiting.pending as Promise<Result>) : send(document, variables);
}

async function send<Result, Variables>(document: TypedDocumentString<Result, Variables>, variables: Variables | undefined): Promise<Result> {
  let response: Response;
  const credentials = sessionCredentials();
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...credentials.header },
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
    reportUnauthenticated(error, credentials.token);
    throw error;
  }
  return body.data;
}
