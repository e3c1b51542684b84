/** Unit tests of the client's pure logic (translations, locale choice, errors, tokens, dates, room timeline, refresh lock), in Node. */
import { moduleNameMapper, swcJestTransform } from '../../jest.shared';

export default {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.spec.ts'],
  transform: swcJestTransform,
  moduleNameMapper,
};
