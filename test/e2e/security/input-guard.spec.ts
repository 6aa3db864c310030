import { GraphQLSchemaHost } from '@nestjs/graphql';
import fc from 'fast-check';
import { Role } from '../../../src/auth/domain/role.js';
import { argumentSites, requestAt, violationOf, type ArgumentSite } from '../../helpers/schema-arguments.js';
import { type GraphQLError, startTestApp, type TestApp } from '../../helpers/test-app.js';

/**
 * Guards derived from the schema: every validated position of every root field's arguments,
 * and every text position, whatever the input's nullability or nesting. New operations and
 * inputs are covered without editing this file.
 */
describe('every argument of the schema', () => {
  let t: TestApp;
  let token: string;
  let sites: ArgumentSite[];
  let organizationId: string;

  beforeAll(async () => {
    t = await startTestApp();
    organizationId = await t.createOrganization('Gmina', '1465011');
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

  /** The field a position belongs to (`systems` for `input.steps.0.systems.0`). */
  const fieldOf = (site: ArgumentSite) => [...site.path].reverse().find((part) => !/^\d+$/.test(part))!;
  const hasRule = (site: ArgumentSite, name: string) => site.rules.some((rule) => rule.name === name);
  /** Whether the error names the site, or the list it is an element of (`each` rules report the list). */
  const namesSite = (error: GraphQLError | undefined, site: ArgumentSite) => {
    const path = site.path.join('.');
    return error?.extensions.code === 'BAD_USER_INPUT' && (error.extensions.fields ?? []).some((field) => field.path === path || `${field.path}.0` === path);
  };

  it('refuses control and bidirectional characters in every name, title and other one-line text with BAD_USER_INPUT and its path', async () => {
    // Derived from the schema: a new name field is found here, and fails until it has the rule.
    const nameSites = sites.filter((site) => site.typeName === 'String' && /^(name|title)$|(Name|Title)$/.test(fieldOf(site)));
    expect(nameSites.filter((site) => !hasRule(site, 'singleLineText')).map(label)).toEqual([]);
    const oneLineSites = sites.filter((site) => hasRule(site, 'singleLineText'));
    const failures: string[] = [];
    for (const site of oneLineSites) {
      for (const value of ['Invoice\u202Egnp.exe', 'A\u0007B', 'Tab\tinside', 'Two\nlines', 'Mark\u200Fed', 'C1\u0085control']) {
        const { query, variables } = requestAt(site, value);
        const response = await t.graphql(query, variables, token);
        if (!namesSite(response.errors?.[0], site)) failures.push(`${label(site)} ${JSON.stringify(value)}: ${JSON.stringify(response.errors?.[0] ?? response.data)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(oneLineSites.map(label)).toEqual(
      expect.arrayContaining([
        'createProcess(input.name)',
        'updateProcess(input.steps.0.name)',
        'createDepartment(input.name)',
        'updateOrganization(input.name)',
        'createVendorClaim(input.vendor)',
        'createVendorClaim(input.source.title)',
        'createApiToken(input.name)',
        'inviteMember(input.displayName)',
      ]),
    );
  });

  it('refuses bidirectional and control characters other than tabs and line breaks in free text, with its path', async () => {
    const freeTextSites = sites.filter((site) => hasRule(site, 'multiLineText'));
    const failures: string[] = [];
    for (const site of freeTextSites) {
      for (const value of ['Invoice\u202Egnp.exe', 'isolated \u2067text\u2069', 'A\u0007B']) {
        const { query, variables } = requestAt(site, value);
        const response = await t.graphql(query, variables, token);
        if (!namesSite(response.errors?.[0], site)) failures.push(`${label(site)} ${JSON.stringify(value)}: ${JSON.stringify(response.errors?.[0] ?? response.data)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(freeTextSites.map(label)).toEqual(expect.arrayContaining(['createProcess(input.description)', 'createVendorClaim(input.source.quote)']));
  });

  it('keeps line breaks and tabs in free text and right-to-left letters in names', async () => {
    const owner = await t.createUser([{ organizationId, role: Role.PROCESS_OWNER }]);
    const input = {
      organizationId,
      name: 'Wnioski – طلبات',
      category: 'OTHER',
      description: 'Line one\r\n\tLine two\nLine three',
      steps: [{ name: 'Rejestracja', minutesPerCase: 2, ruleBased: true, inputType: 'STRUCTURED_DIGITAL', systems: ['EZD RP'] }],
    };
    const response = await t.graphql<{ createProcess: { name: string; description: string } }>(
      'mutation ($input: CreateProcessInput!) { createProcess(input: $input) { name description } }',
      { input },
      owner.token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.createProcess).toEqual({ name: input.name, description: input.description });
  });
});
