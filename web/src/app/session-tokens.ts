import type { SessionTokensFragment } from '../gql/graphql.js';

/** What the server answers at sign-in and at every renewal (times are ISO strings of its clock). */
export type SessionTokensAnswer = SessionTokensFragment;

/** A tab's session as kept in sessionStorage; times in milliseconds of the server's clock. */
export interface StoredSession {
  accessToken: string;
  refreshToken: string;
  sessionId: string;
  accessExpiresAt: number;
  idleExpiresAt: number;
  sessionExpiresAt: number;
  /** The server's clock minus this PC's, measured when the answer came: a PC clock that is off cancels out. */
  clockOffsetMs: number;
}

export function adoptAnswer(answer: SessionTokensAnswer, receivedAt: number = Date.now()): StoredSession {
  return {
    accessToken: answer.accessToken,
    refreshToken: answer.refreshToken,
    sessionId: answer.sessionId,
    accessExpiresAt: Date.parse(answer.expiresAt),
    idleExpiresAt: Date.parse(answer.idleExpiresAt),
    sessionExpiresAt: Date.parse(answer.sessionExpiresAt),
    clockOffsetMs: Date.parse(answer.serverTime) - receivedAt,
  };
}

/** The server's clock now, as far as this tab can tell. */
export function serverNow(session: StoredSession, pcNow: number = Date.now()): number {
  return pcNow + session.clockOffsetMs;
}
