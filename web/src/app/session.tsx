import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, request, requestOnce, setSessionToken } from '../api/client.js';
import { graphql } from '../gql/index.js';
import type { Role, SessionQuery } from '../gql/graphql.js';
import { lastActivityAt, secondsSinceActivity, trackActivity } from './activity.js';
import { claimDrafts, discardAllDrafts } from './drafts.js';
import { adoptAnswer, type SessionTokensAnswer, type StoredSession, serverNow } from './session-tokens.js';

const STORAGE_KEY = 'rpa-readiness.session';
/** The tab's last Session answer: the next page load shows the screen at once and refreshes it. */
const SESSION_DATA_KEY = 'rpa-readiness.session-data';
/** The office chosen last, so the next visit can ask for its data at once. */
export const ORGANIZATION_KEY = 'rpa-readiness.organization';

graphql(`
  fragment SessionTokens on AccessToken {
    accessToken
    expiresAt
    refreshToken
    sessionId
    idleExpiresAt
    sessionExpiresAt
    serverTime
  }
`);

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      ...SessionTokens
    }
  }
`);

const RefreshSessionMutation = graphql(`
  mutation RefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      ...SessionTokens
    }
  }
`);

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

/** The warning before an idle sign-out comes this long before it (the GOV.UK timeout pattern). */
export const IDLE_WARNING_MS = 2 * 60_000;
/** The access token is renewed this long before it runs out. */
const RENEW_BEFORE_MS = 60_000;
/** After a failed renewal that was not a refusal (the network), the next try. */
const RENEW_RETRY_MS = 15_000;
/** Tabs of one session (a duplicated tab) hand each other new tokens and sign-outs. */
const SESSION_CHANNEL = 'rpa-readiness.session';

type SessionMessage = { sessionId: string; tokens: StoredSession } | { sessionId: string; signedOut: true };

export const SessionQueryDocument = graphql(`
  query Session {
    me {
      id
      email
      platformAdmin
      memberships {
        organizationId
        role
      }
    }
    organizations(first: 100) {
      edges {
        node {
          id
          name
          terytCode
          departments {
            id
            name
          }
        }
      }
    }
  }
`);

export type SessionOrganization = SessionQuery['organizations']['edges'][number]['node'];

/** Why the user is on the sign-in screen. */
export type SignedOutReason = 'expired' | 'idle' | 'signedOut' | null;

/** This tab's session, if signed in. */
export function storedSession(): StoredSession | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (!raw) return null;
  const parsed = JSON.parse(raw) as Partial<StoredSession>;
  // A token kept by an earlier version of the app (no refresh token): sign in again.
  return typeof parsed.refreshToken === 'string' ? (parsed as StoredSession) : null;
}

export interface SignedInSession {
  userId: string;
  email: string;
  /** Offices the user holds a role in, by name. */
  organizations: SessionOrganization[];
  organization: SessionOrganization;
  /** Roles in the chosen office. */
  roles: Role[];
  can: (role: Role) => boolean;
}

interface SessionState {
  status: 'loading' | 'signedOut' | 'signedIn' | 'noMembership';
  session: SignedInSession | null;
  signedOutReason: SignedOutReason;
  signIn: (email: string, password: string) => Promise<void>;
  /** Signs in with a session the server gave another way (accepting an invitation). */
  adoptSession: (answer: SessionTokensAnswer) => void;
  signOut: (reason: SignedOutReason) => void;
  chooseOrganization: (id: string) => void;
  /** The idle sign-out is near: when it comes, on the page's clock (performance.now()); null otherwise. */
  idleSignOutAt: number | null;
  /** The person chose to stay signed in: renews the session as active now. */
  staySignedIn: () => void;
}

const SessionContext = createContext<SessionState | null>(null);

export function hasLastSessionData(): boolean {
  return sessionStorage.getItem(SESSION_DATA_KEY) !== null;
}

function lastSessionData(): SessionQuery | null {
  const raw = sessionStorage.getItem(SESSION_DATA_KEY);
  return raw ? (JSON.parse(raw) as SessionQuery) : null;
}

function statusOf(data: SessionQuery): SessionState['status'] {
  return data.me.memberships.length === 0 ? 'noMembership' : 'signedIn';
}

/**
 * The session's tokens live in this tab's sessionStorage; the access token travels in the
 * Authorization header (never a cookie: the server's CSRF design relies on it) and is renewed
 * before it runs out. The server stays the authority: a refused token (expired, revoked)
 * returns the user to sign-in with a message, and what they were typing is kept as a draft.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [stored, setStored] = useState<StoredSession | null>(storedSession);
  const [data, setData] = useState<SessionQuery | null>(() => (stored ? lastSessionData() : null));
  const [status, setStatus] = useState<SessionState['status']>(() => (!stored ? 'signedOut' : data ? statusOf(data) : 'loading'));
  const [signedOutReason, setSignedOutReason] = useState<SignedOutReason>(null);
  const [organizationId, setOrganizationId] = useState<string | null>(() => localStorage.getItem(ORGANIZATION_KEY));
  const [idleSignOutAt, setIdleSignOutAt] = useState<number | null>(null);
  const [channel] = useState(() => (typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(SESSION_CHANNEL)));

  useEffect(trackActivity, []);

  /** Ends the session in this tab. Drafts stay for an ending the person did not choose. */
  const endLocally = useCallback((reason: SignedOutReason) => {
    sessionStorage.removeItem(STORAGE_KEY);
    sessionStorage.removeItem(SESSION_DATA_KEY);
    if (reason === 'signedOut') discardAllDrafts();
    setSessionToken(null, () => undefined);
    setStored(null);
    setData(null);
    setIdleSignOutAt(null);
    setSignedOutReason(reason);
    setStatus('signedOut');
  }, []);

  const signOut = useCallback(
    (reason: SignedOutReason) => {
      const current = storedSession();
      if (reason === 'signedOut' && current) {
        // The server ends the session (its refresh token stops working); this tab leaves at once.
        request(SignOutMutation).catch(() => undefined);
        channel?.postMessage({ sessionId: current.sessionId, signedOut: true } satisfies SessionMessage);
      }
      endLocally(reason);
    },
    [channel, endLocally],
  );

  const keep = useCallback((session: StoredSession) => {
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    setStored(session);
  }, []);

  setSessionToken(stored?.accessToken ?? null, () => signOut('expired'));

  /**
   * New tokens for this tab's session, reporting when the person was last active. Under a lock
   * per session, so that two tabs of one session (a duplicated tab) never spend the same
   * refresh token twice, which the server would take for a stolen one.
   */
  const renew = useCallback(
    async (lastActiveSecondsAgo: number): Promise<void> => {
      const before = storedSession();
      if (!before) return;
      const exchange = async () => {
        const current = storedSession();
        // Another tab renewed meanwhile and handed its tokens over: nothing to do.
        if (!current || current.refreshToken !== before.refreshToken) return;
        // An answer that comes after this tab left the session (idle, signed out) changes nothing.
        const stillSignedIn = () => storedSession()?.sessionId === current.sessionId;
        try {
          const { refreshSession } = await request(RefreshSessionMutation, { input: { refreshToken: current.refreshToken, lastActiveSecondsAgo } });
          if (!stillSignedIn()) return;
          const next = adoptAnswer(refreshSession);
          keep(next);
          channel?.postMessage({ sessionId: next.sessionId, tokens: next } satisfies SessionMessage);
        } catch (error) {
          if (!stillSignedIn()) return;
          if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') endLocally('expired');
          else window.setTimeout(() => void renew(secondsSinceActivity()), RENEW_RETRY_MS);
        }
      };
      if (typeof navigator.locks === 'undefined') await exchange();
      else await navigator.locks.request(`rpa-readiness.refresh.${before.sessionId}`, exchange);
    },
    [channel, keep, endLocally],
  );

  useEffect(() => {
    if (!channel) return;
    const receive = (event: MessageEvent<SessionMessage>) => {
      const current = storedSession();
      if (!current || current.sessionId !== event.data.sessionId) return;
      if ('signedOut' in event.data) endLocally('signedOut');
      else keep(event.data.tokens);
    };
    channel.addEventListener('message', receive);
    return () => channel.removeEventListener('message', receive);
  }, [channel, keep, endLocally]);

  // Renewal, the idle warning and the idle sign-out, timed by the server's clock (never the
  // PC's: a clock that is off must neither sign out early nor keep a dead session).
  useEffect(() => {
    if (!stored) return;
    const renewedAt = performance.now();
    const activeSinceRenewal = () => lastActivityAt() > renewedAt;
    const warnOrRenew = () => {
      // Active since the last renewal: the server does not know yet; tell it instead of warning.
      if (activeSinceRenewal()) void renew(secondsSinceActivity());
      else setIdleSignOutAt(performance.now() + Math.max(0, stored.idleExpiresAt - serverNow(stored)));
    };
    const timers: number[] = [];
    const at = (serverTime: number, run: () => void) =>
      timers.push(window.setTimeout(run, Math.max(0, Math.min(serverTime - serverNow(stored), 2 ** 31 - 1))));
    // An access token that ends with the idle deadline is renewed only for someone active: for
    // anyone else a new one would end at the same moment.
    at(stored.accessExpiresAt - RENEW_BEFORE_MS, () => {
      if (stored.accessExpiresAt < stored.idleExpiresAt || activeSinceRenewal()) void renew(secondsSinceActivity());
    });
    const warningAt = stored.idleExpiresAt - IDLE_WARNING_MS;
    if (warningAt <= serverNow(stored)) warnOrRenew();
    else {
      setIdleSignOutAt(null);
      at(warningAt, warnOrRenew);
    }
    at(stored.idleExpiresAt, () => endLocally('idle'));
    return () => timers.forEach((timer) => window.clearTimeout(timer));
  }, [stored, renew, endLocally]);

  const staySignedIn = useCallback(() => {
    setIdleSignOutAt(null);
    void renew(0);
  }, [renew]);

  // Once per sign-in: a renewal (a new access token of the same session) needs no new answer.
  const sessionId = stored?.sessionId ?? null;
  useEffect(() => {
    if (sessionId === null) return;
    let cancelled = false;
    // With the tab's last answer on screen, the fresh one replaces it when it comes; the server
    // stays the authority (a refused token signs out, changed roles show at once).
    if (!lastSessionData()) setStatus('loading');
    requestOnce(SessionQueryDocument, {})
      .then((result) => {
        if (cancelled) return;
        claimDrafts(result.me.id);
        sessionStorage.setItem(SESSION_DATA_KEY, JSON.stringify(result));
        setData(result);
        setStatus(statusOf(result));
      })
      .catch((error: unknown) => {
        if (!cancelled && !(error instanceof ApiError && error.code === 'UNAUTHENTICATED')) endLocally('expired');
      });
    return () => {
      cancelled = true;
    };
  }, [sessionId, endLocally]);

  const adoptSession = useCallback(
    (answer: SessionTokensAnswer) => {
      sessionStorage.removeItem(SESSION_DATA_KEY);
      setSignedOutReason(null);
      keep(adoptAnswer(answer));
    },
    [keep],
  );

  const signIn = useCallback(
    async (email: string, password: string) => {
      const { login } = await request(LoginMutation, { input: { email, password } });
      adoptSession(login);
    },
    [adoptSession],
  );

  const chooseOrganization = useCallback((id: string) => {
    localStorage.setItem(ORGANIZATION_KEY, id);
    setOrganizationId(id);
  }, []);

  const session = useMemo<SignedInSession | null>(() => {
    if (!data || data.me.memberships.length === 0) return null;
    const memberOf = new Set(data.me.memberships.map((membership) => membership.organizationId));
    const organizations = data.organizations.edges.map((edge) => edge.node).filter((organization) => memberOf.has(organization.id));
    if (organizations.length === 0) return null;
    const organization = organizations.find((candidate) => candidate.id === organizationId) ?? organizations[0];
    const roles = data.me.memberships.filter((membership) => membership.organizationId === organization.id).map((membership) => membership.role);
    return { userId: data.me.id, email: data.me.email, organizations, organization, roles, can: (role) => roles.includes(role) };
  }, [data, organizationId]);

  const chosenId = session?.organization.id;
  useEffect(() => {
    if (chosenId) localStorage.setItem(ORGANIZATION_KEY, chosenId);
  }, [chosenId]);

  const value = useMemo<SessionState>(
    () => ({ status, session, signedOutReason, signIn, adoptSession, signOut, chooseOrganization, idleSignOutAt, staySignedIn }),
    [status, session, signedOutReason, signIn, adoptSession, signOut, chooseOrganization, idleSignOutAt, staySignedIn],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const context = useContext(SessionContext);
  if (!context) throw new Error('useSession outside SessionProvider');
  return context;
}

/** The signed-in session; screens behind sign-in only. */
export function useSignedIn(): SignedInSession {
  const { session } = useSession();
  if (!session) throw new Error('useSignedIn outside a signed-in screen');
  return session;
}
