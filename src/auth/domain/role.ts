/** A user's role within one organization; a user may hold several, in several organizations. */
export enum Role {
  PROCESS_OWNER = 'PROCESS_OWNER',
  MANAGER = 'MANAGER',
  AUDITOR = 'AUDITOR',
  ADMIN = 'ADMIN',
}
