// @ts-check
/** @type {import('jest').Config['transform']} */
const tsTransform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
};

/** @type {import('jest').Config} */
const config = {
  // The app logs one JSON line per decision; tests that care about logs capture them.
  silent: true,
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      setupFiles: ['<rootDir>/test/support/install-clock.ts'],
      setupFilesAfterEnv: ['<rootDir>/test/support/check-app-calls.ts'],
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      transform: tsTransform,
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/static'],
      testMatch: ['**/*.test.tsx'],
      // The bridge is replaced once for every UI test; Atlaskit's compiled CSS is not needed.
      moduleNameMapper: {
        '^@forge/bridge$': '<rootDir>/test/static/support/bridge-mock.ts',
        '\\.css$': '<rootDir>/test/static/support/style-mock.ts',
      },
      setupFilesAfterEnv: ['<rootDir>/test/static/support/setup.ts'],
      transform: {
        '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/static/tsconfig.json' }],
      },
    },
  ],
  // `npm test` reports coverage on every run; the product's knowledge in src/domain is held higher.
  collectCoverageFrom: ['src/**/*.ts', 'static/*/src/**/*.{ts,tsx}', '!**/*.d.ts'],
  coverageReporters: ['text-summary', 'lcov'],
  coverageThreshold: {
    global: { lines: 85 },
    './src/domain/': { lines: 95 },
  },
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};

module.exports = config;
