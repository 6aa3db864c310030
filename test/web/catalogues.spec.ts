import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType } from 'graphql';
import { ErrorCode } from '../../src/common/errors/domain-error.js';
import { en } from '../../web/src/i18n/messages.en.js';
import { pl } from '../../web/src/i18n/messages.pl.js';

const CATALOGUES: Record<string, Record<string, string>> = { pl, en };

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry);
    if (statSync(full).isDirectory()) return entry === '__tests__' ? [] : sourceFiles(full);
    return full.endsWith('.ts') ? [full] : [];
  });
}

/** Every code the server can put in `extensions.code`: the domain's codes and the literal ones of the GraphQL hooks. */
function serverErrorCodes(): string[] {
  const literal = sourceFiles(path.resolve('src')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/\bcode: '([A-Z_]+)'/g)].map((match) => match[1]),
  );
  return [...new Set([...Object.values(ErrorCode), ...literal, 'GRAPHQL_VALIDATION_FAILED'])].sort();
}

describe('web app message catalogues', () => {
  it('have the same keys in Polish and English, none empty, with the same placeholders', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(pl).sort());
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      for (const [key, text] of Object.entries(catalogue)) {
        expect({ language, key, empty: text.trim() === '' }).toEqual({ language, key, empty: false });
      }
    }
    for (const key of Object.keys(pl) as (keyof typeof pl)[]) {
      expect({ key, placeholders: placeholders(en[key]) }).toEqual({ key, placeholders: placeholders(pl[key]) });
    }
  });

  it('label every value of every enum in the server schema, in both languages', () => {
    const schema = buildSchema(readFileSync(path.resolve('web/schema.graphql'), 'utf8'));
    const keys = Object.values(schema.getTypeMap())
      .filter((type) => isEnumType(type) && !type.name.startsWith('__'))
      .flatMap((type) => (isEnumType(type) ? type.getValues().map((value) => `enum.${type.name}.${value.name}`) : []));
    expect(keys.length).toBeGreaterThan(50);
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      expect({ language, missing: keys.filter((key) => !(key in catalogue)) }).toEqual({ language, missing: [] });
    }
  });

  it('translate every error code the server sends', () => {
    const codes = serverErrorCodes();
    expect(codes).toEqual(expect.arrayContaining(['BAD_USER_INPUT', 'CONFLICT', 'QUERY_TOO_COSTLY', 'GRAPHQL_PARSE_FAILED']));
    for (const [language, catalogue] of Object.entries(CATALOGUES)) {
      expect({ language, missing: codes.filter((code) => !(`error.${code}` in catalogue)) }).toEqual({ language, missing: [] });
    }
  });
});
