import { readFileSync } from 'node:fs';
import { Permission, ROLE_PERMISSIONS } from '../permissions.js';
import { Role } from '../role.js';

describe('the permission table in docs/security.md', () => {
  it('lists every permission with exactly the roles the code gives it', () => {
    const doc = readFileSync(new URL('../../../../docs/security.md', import.meta.url), 'utf8');
    const header = doc.split('\n').find((line) => line.startsWith('| permission (`Permission`)'))!;
    const roles = header.split('|').slice(2, -1).map((cell) => cell.trim());
    expect([...roles].sort()).toEqual(Object.values(Role).sort());
    for (const permission of Object.values(Permission)) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${permission}\``));
      expect(row).toBeDefined();
      const cells = row!.split('|').slice(2, -1).map((cell) => cell.trim());
      const documented = roles.filter((_, index) => cells[index] === 'yes').sort();
      const granted = Object.values(Role).filter((role) => ROLE_PERMISSIONS[role].includes(permission)).sort();
      expect({ permission, roles: documented }).toEqual({ permission, roles: granted });
    }
  });
});
