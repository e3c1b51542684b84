/**
 * The version in the repository's package.json, found by walking up from
 * this file: the same from source (apps/api/src/admin) and from the build
 * (dist/apps/api/apps/api/src/admin). Read once.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT_PACKAGE_NAME = 'klasteris';

let cached: string | null = null;

export function appVersion(): string {
  cached ??= findVersion(__dirname);
  return cached;
}

function findVersion(from: string): string {
  for (let directory = from; ; directory = path.dirname(directory)) {
    const file = path.join(directory, 'package.json');
    if (existsSync(file)) {
      const found = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
      if (found.name === ROOT_PACKAGE_NAME && typeof found.version === 'string') return found.version;
    }
    if (path.dirname(directory) === directory) return 'unknown';
  }
}
