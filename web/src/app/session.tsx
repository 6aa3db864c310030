import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { ApiError, request, requestOnce, setSessionToken } from '../api/client.js';
import { graphql } from '../gql/index.js';
import type { Role, SessionQuery } from '../gql/graphql.js';

const STORAGE_KEY = 'rpa-readiness.session';
/** The tab's last Session answer: the next page load shows the screen at once and refreshes it. */
const SESSION_DATA_KEY = 'rpa-readiness.session-data';
/** The office chosen last, so the next visit can ask for its data at once. */
export const ORGANIZATION_KEY = 'rpa-readiness.organization';

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresAt
    }
  }
`);

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
export type SignedOutReason = 'expired' | 'signedOut' | null;

interface StoredToken {
  token: string;
  expiresAt: string;
}

/** This tab's token, if signed in. */
export function storedToken(): StoredToken | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  return raw ? (JSON.parse(raw) as StoredToken) : null;
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
  /** Signs in with a token the server gave another way (accepting an invitation). */
  adoptToken: (token: string, expiresAt: string) => void;
  signOut: (reason: SignedOutReason) => void;
  chooseOrganization: (id: string) => void;
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
 * The access token lives in this tab's sessionStorage and travels in the Authorization header
 * (never a cookie: the server's CSRF design relies on it). The server stays the authority: a
 * refused token (expired, revoked) returns the user to sign-in with a message.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [stored, setStored] = useState<StoredToken | null>(storedToken);
  const [data, setData] = useState<SessionQuery | null>(() => (stored ? lastSessionData() : null));
  const [status, setStatus] = useState<SessionState['status']>(() => (!stored ? 'signedOut' : data ? statusOf(data) : 'loading'));
  const [signedOutReason, setSignedOutReason] = useState<SignedOutReason>(null);
  const [organizationId, setOrganizationId] = useState<string | null>(() => localStorage.getItem(ORGANIZATION_KEY));

  const signOut = useCallback((reason: SignedOutReason) => {
    sessionStorage.removeItem(STORAGE_KEY);
    sessionStorage.removeItem(SESSION_DATA_KEY);
    setSessionToken(null, () => undefined);
    setStored(null);
    setData(null);
    setSignedOutReason(reason);
    setStatus('signedOut');
  }, []);

  setSessionToken(stored?.token ?? null, () => signOut('expired'));

  useEffect(() => {
    if (!stored) return;
    let cancelled = false;
    // With the tab's last answer on screen, the fresh one replaces it when it comes; the server
    // stays the authority (a refused token signs out, changed roles show at once).
    if (!lastSessionData()) setStatus('loading');
    requestOnce(SessionQueryDocument, {})
      .then((result) => {
        if (cancelled) return;
        sessionStorage.setItem(SESSION_DATA_KEY, JSON.stringify(result));
        setData(result);
        setStatus(statusOf(result));
      })
      .catch((error: unknown) => {
        if (!cancelled && !(error instanceof ApiError && error.code === 'UNAUTHENTICATED')) signOut('expired');
      });
    // The token's own expiry: leave at once rather than at the next refused request.
    const remaining = Date.parse(stored.expiresAt) - Date.now();
    const timer = window.setTimeout(() => signOut('expired'), Math.max(0, Math.min(remaining, 2 ** 31 - 1)));
    return () => {
      cancelled = true;
      window.clearTimeout(timer);
    };
  }, [stored, signOut]);

  const adoptToken = useCallback((token: string, expiresAt: string) => {
    const stored = { token, expiresAt };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(stored));
    sessionStorage.removeItem(SESSION_DATA_KEY);
    setSignedOutReason(null);
    setStored(stored);
  }, []);

  const signIn = useCallback(
    async (email: string, password: string) => {
      const { login } = await request(LoginMutation, { input: { email, password } });
      adoptToken(login.accessToken, login.expiresAt);
    },
    [adoptToken],
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
    () => ({ status, session, signedOutReason, signIn, adoptToken, signOut, chooseOrganization }),
    [status, session, signedOutReason, signIn, adoptToken, signOut, chooseOrganization],
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
