/**
 * jest in ESM mode (NestJS 12 is ESM-only): ts-jest with useESM, relative `.js` imports mapped
 * back to their `.ts` sources. Two CommonJS-required but ESM-only packages of Fastify's inject
 * path are transformed to CommonJS (see shared stack notes, gotcha 3).
 * @type {import('jest').Config}
 */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  // The web app imports src/ by the @src alias (web/vite.config.mjs); tests that read its files follow it.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1', '^@src/(.*)\\.js$': '<rootDir>/src/$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
    '/node_modules/(content-disposition|cookie)/.+\\.js$': '<rootDir>/test/helpers/esm-to-cjs.transform.cjs',
  },
  transformIgnorePatterns: ['/node_modules/(?!(content-disposition|cookie)/)'],
  globalSetup: '<rootDir>/test/helpers/global-setup.mjs',
  globalTeardown: '<rootDir>/test/helpers/global-teardown.mjs',
  cacheDirectory: '<rootDir>/.jest-cache',
  testMatch: ['<rootDir>/src/**/__tests__/**/*.spec.ts', '<rootDir>/test/**/*.spec.ts'],
  testTimeout: 30000,
};
