/** Where things are, from the repository root. */
import path from 'node:path';

export const REPOSITORY_ROOT = path.resolve(__dirname, '../../../..');
export const API_MAIN = path.join(REPOSITORY_ROOT, 'dist/apps/api/main.js');
export const WEB_INDEX = path.join(REPOSITORY_ROOT, 'dist/apps/web/browser/index.html');
/** Screenshots for people to look at; git-ignored. */
export const ARTIFACTS_DIR = path.join(REPOSITORY_ROOT, 'test-artifacts');
