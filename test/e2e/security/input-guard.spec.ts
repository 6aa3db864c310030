import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import { Role } from '../../../src/auth/domain/role.js';
import { argumentSites, requestAt, violationOf, type ArgumentSite } from '../../helpers/schema-arguments.js';
import { startTestApp, type TestApp } from '../../helpers/test-app.js';

/**
 * Guards derived from the schema: every validated position of every root field's arguments,
 * and every text position, whatever the input's nullability or nesting. New operations and
 * inputs are covered without editing this file.
 */
describe('every argument of the schema', () => {
  let t: TestApp;
  let token: string;
  let sites: ArgumentSite[];

  beforeAll(async () => {
    t = await startTestApp();
    const organizationId = await t.createOrganization('Gmina', '1465011');
    token = (await t.createUser([{ organizationId, role: Role.ADMIN }], { platformAdmin: true })).token;
    sites = argumentSites(t.app.get(GraphQLSchemaHost).schema);
  });

  afterAll(async () => {
    await t.close();
  });

  const label = (site: ArgumentSite) => `${site.field.name}(${site.path.join('.')})`;

  it('refuses an out-of-range value at every validated position with BAD_USER_INPUT and its path', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const site of sites) {
      for (const rule of site.rules) {
        const value = violationOf(rule, site);
        if (value === undefined) continue;
        checked += 1;
        const { query, variables } = requestAt(site, value);
        const response = await t.graphql(query, variables, token);
        const error = response.errors?.[0];
        const path = site.path.join('.');
        // A rule on each element of a list is reported at the list (`input.steps.0.systems`).
        const named = error?.extensions.fields?.some(
          (field) => field.path === path || field.path.startsWith(`${path}.`) || new RegExp(`^${field.path.replace(/\./g, '\\.')}\\.\\d+$`).test(path),
        );
        if (error?.extensions.code !== 'BAD_USER_INPUT' || !named) {
          failures.push(`${label(site)} ${rule.name}=${JSON.stringify(value)}: ${JSON.stringify(error ?? response.data)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    // The derivation must find the rules it is meant to check (a broken lookup would pass vacuously).
    expect(checked).toBeGreaterThan(60);
    expect(sites.some((site) => site.field.name === 'verifyClaim' && site.path.join('.') === 'options.draws' && site.rules.length > 0)).toBe(true);
  });

  it('refuses a NUL character and an unpaired surrogate in every text argument with BAD_USER_INPUT and its path', async () => {
    const failures: string[] = [];
    const textSites = sites.filter((site) => site.typeName === 'String' || site.typeName === 'ID');
    // Random text around a NUL or an unpaired surrogate, seeded: the same values on every run.
    const hostile = fc
      .tuple(fc.string({ maxLength: 8 }), fc.constantFrom('\u0000', '\ud800', '\udbff', '\udc00', '\udfff'), fc.string({ maxLength: 8 }))
      .map(([before, bad, after]) => `${before}${bad}${after}`);
    const randomValues = fc.sample(hostile, { numRuns: 3 * textSites.length, seed: 20261202 });
    for (const [index, site] of textSites.entries()) {
      for (const value of ['a\u0000b', 'a\ud800b', '\udc00', ...randomValues.slice(3 * index, 3 * index + 3)]) {
        const { query, variables } = requestAt(site, value);
        const response = await t.graphql(query, variables, token);
        const error = response.errors?.[0];
        if (error?.extensions.code !== 'BAD_USER_INPUT' || !error.extensions.fields?.some((field) => field.path === site.path.join('.'))) {
          failures.push(`${label(site)} ${JSON.stringify(value)}: ${JSON.stringify(error ?? response.data)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(textSites.length).toBeGreaterThan(50);
  });
});
