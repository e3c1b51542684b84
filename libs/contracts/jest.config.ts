import { swcJestTransform } from '../../jest.shared';

export default {
  displayName: 'contracts',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: swcJestTransform,
};
