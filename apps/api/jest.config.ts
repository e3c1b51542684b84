import { moduleNameMapper, swcJestTransform, transformIgnorePatterns } from '../../jest.shared';

export default {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/test/**/*.int-spec.ts'],
  transform: swcJestTransform,
  transformIgnorePatterns,
  moduleNameMapper,
  globalSetup: '<rootDir>/../../tools/testing/global-setup.ts',
  globalTeardown: '<rootDir>/../../tools/testing/global-teardown.ts',
  testTimeout: 30_000,
  // Integration files each boot an app and a database; two at a time fits two cores.
  maxWorkers: 2,
  // Each file loads Nest and its libraries afresh in the worker's module registry, and what a
  // file leaves reachable piles up: in CI a worker reached the heap limit (4.6 GB) and only
  // collected garbage, leaving a BullMQ migration idle in its transaction. An integration file
  // leaves a worker well above this, so every file after one starts in a fresh worker.
  workerIdleMemoryLimit: '400MB',
};
