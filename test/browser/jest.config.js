// @ts-check
/** The browser checks: the sandbox in Debian's Chromium, run by `npm run test:browser`. */
/** @type {import('jest').Config} */
const config = {
  rootDir: '../..',
  displayName: 'browser',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/browser'],
  testMatch: ['**/*.browser.ts'],
  transform: { '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }] },
  testTimeout: 60_000,
  // The checks mostly wait on Chromium and the sandbox, so two files run at once even on two cores.
  maxWorkers: 2,
  silent: true,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};

module.exports = config;
