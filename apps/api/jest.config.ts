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
  // Each file loads Nest and its libraries afresh in the worker's module registry; what one
  // file leaves reachable piles up over ~45 files a worker until garbage collection is all it
  // does (seen in CI: one worker at 4.6 GB, a BullMQ migration left idle in its transaction).
  // A worker past this much after a file is replaced by a fresh one.
  workerIdleMemoryLimit: '1200MB',
};
