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
  // Each file loads Nest and its libraries afresh in the worker's module registry. A worker whose
  // heap is above this after a file is replaced by a fresh one; it does not cover memory held
  // outside the heap, which is how a worker reached 4.6 GB in CI (see the queue-backend note).
  workerIdleMemoryLimit: '400MB',
};
