// Jest: unit and emulator tests in one project, browser tests (Chromium against the playground) in another.
const transform = { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] };
// Jest 29's resolver does not expand chrono-node's "./*" export pattern; point the locales at their CommonJS build.
const moduleNameMapper = {
  '^chrono-node/(\\w+)$': '<rootDir>/node_modules/chrono-node/dist/cjs/locales/$1/index.js',
};
module.exports = {
  reporters: ['default', '<rootDir>/test/summary-reporter.js'],
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/test/browser/'],
    },
    {
      displayName: 'browser',
      testEnvironment: 'node',
      transform,
      moduleNameMapper,
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
    },
  ],
};
