/**
 * Browser tests: each file starts the built API (which serves the built web
 * client) on a fresh database and drives it in headless Chromium.
 */
import { moduleNameMapper, swcJestTransform, transformIgnorePatterns } from '../../jest.shared';

export default {
  displayName: 'web-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.e2e-spec.ts'],
  transform: swcJestTransform,
  transformIgnorePatterns,
  moduleNameMapper,
  globalSetup: '<rootDir>/../../tools/testing/global-setup.ts',
  globalTeardown: '<rootDir>/../../tools/testing/global-teardown.ts',
  // An API process and a browser per file: one file at a time suits two cores.
  maxWorkers: 1,
  testTimeout: 120_000,
};
