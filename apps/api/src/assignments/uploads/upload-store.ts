/**
 * Where uploaded bytes live: DATA_DIR/uploads/<storage key>, one file per
 * upload under a random key, readable by this process only. The database
 * row (stored_files) is the record; a service writes the bytes first and
 * removes them again if its transaction fails.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

import { Inject, Injectable } from '@nestjs/common';

import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.module';

const STORAGE_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface StoredBytes {
  storageKey: string;
  sha256: string;
}

@Injectable()
export class UploadStore {
  readonly directory: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.directory = path.join(config.dataDir, 'uploads');
  }

  async save(bytes: Buffer): Promise<StoredBytes> {
    await mkdir(this.directory, { recursive: true, mode: 0o700 });
    const storageKey = randomUUID();
    await writeFile(this.pathOf(storageKey), bytes, { flag: 'wx', mode: 0o600 });
    return { storageKey, sha256: createHash('sha256').update(bytes).digest('hex') };
  }

  async remove(storageKey: string): Promise<void> {
    await rm(this.pathOf(storageKey), { force: true });
  }

  open(storageKey: string): ReadStream {
    return createReadStream(this.pathOf(storageKey));
  }

  private pathOf(storageKey: string): string {
    if (!STORAGE_KEY.test(storageKey)) throw new Error(`Not a storage key: ${storageKey}`);
    return path.join(this.directory, storageKey);
  }
}
