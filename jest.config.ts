import type { Config } from 'jest';

const tsTransform = {
  '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', isolatedModules: true }],
} satisfies Config['transform'];

const config: Config = {
  projects: [
    {
      displayName: 'node',
      testEnvironment: 'node',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.test.ts'],
      transform: tsTransform,
    },
    {
      displayName: 'ui',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/test/static'],
      testMatch: ['**/*.test.tsx'],
      transform: {
        '^.+\\.tsx?$': [
          'ts-jest',
          { tsconfig: '<rootDir>/static/tsconfig.json', isolatedModules: true },
        ],
      },
    },
  ],
  collectCoverageFrom: ['src/**/*.ts', 'static/*/src/**/*.{ts,tsx}', '!**/*.d.ts'],
  coverageReporters: ['text-summary', 'lcov'],
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
};

export default config;
