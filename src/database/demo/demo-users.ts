import { Role } from '../../auth/domain/role.js';

/**
 * One demo account per role, with published passwords. They are flagged `demo` and can sign
 * in only while the server runs in the embedded demo mode (no DATABASE_URL).
 */
export const DEMO_USERS: { email: string; displayName: string; password: string; role: Role }[] = [
  { email: 'owner@zielonogrod.example', displayName: 'Anna Nowak (process owner)', password: 'demo-owner-2026', role: Role.PROCESS_OWNER },
  { email: 'manager@zielonogrod.example', displayName: 'Piotr Kowalski (manager)', password: 'demo-manager-2026', role: Role.MANAGER },
  { email: 'auditor@zielonogrod.example', displayName: 'Ewa Wiśniewska (auditor)', password: 'demo-auditor-2026', role: Role.AUDITOR },
  { email: 'admin@zielonogrod.example', displayName: 'Jan Zieliński (administrator)', password: 'demo-admin-2026', role: Role.ADMIN },
];
