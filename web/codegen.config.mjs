// Operation types generated from the server's schema (GraphQL Code Generator, client preset).
// Documents stay strings (documentMode 'string') so the browser needs no GraphQL parser.
// `web/schema.graphql` is kept equal to the server's schema by test/e2e/web/schema-drift.spec.ts;
// CODEGEN_OUT lets that test generate into a scratch folder and compare.
/** @type {import('@graphql-codegen/cli').CodegenConfig} */
const config = {
  schema: 'schema.graphql',
  documents: ['src/**/*.ts', 'src/**/*.tsx', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    [process.env.CODEGEN_OUT ?? 'src/gql/']: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        strictScalars: true,
        scalars: { DateTime: 'string', Money: 'string', JSON: 'unknown' },
      },
    },
  },
};

export default config;
