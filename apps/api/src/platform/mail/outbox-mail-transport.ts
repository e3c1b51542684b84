/**
 * Without SMTP_URL, e-mail goes to DATA_DIR/outbox: one JSON file per
 * message, written whole (temporary file, then rename) so a reader never sees
 * half of one. Admins list it through the API.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

import type { OutboxMail } from '@klasteris/contracts';

import { MailMessage, MailTransport } from './mail-transport';

export const outboxDirectoryOf = (dataDir: string) => path.join(dataDir, 'outbox');

interface StoredOutboxMail extends OutboxMail {
  from: string;
}

export class OutboxMailTransport extends MailTransport {
  constructor(
    private readonly directory: string,
    private readonly from: string,
  ) {
    super();
  }

  async send(message: MailMessage): Promise<void> {
    await mkdir(this.directory, { recursive: true });
    const createdAt = new Date().toISOString();
    const id = `${createdAt.replace(/[:.]/g, '-')}-${randomUUID()}`;
    const mail: StoredOutboxMail = { id, from: this.from, createdAt, ...message };
    const file = path.join(this.directory, `${id}.json`);
    await writeFile(`${file}.tmp`, `${JSON.stringify(mail, null, 2)}\n`, { mode: 0o600 });
    await rename(`${file}.tmp`, file);
  }
}

/** Reads the outbox, newest first; an absent folder is an empty outbox. */
export async function readOutbox(directory: string, limit: number): Promise<OutboxMail[]> {
  const names = await readdir(directory).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [] as string[];
    throw error;
  });
  const newest = names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .reverse()
    .slice(0, limit);
  const mails = await Promise.all(
    newest.map(async (name) => {
      const stored = JSON.parse(await readFile(path.join(directory, name), 'utf8')) as StoredOutboxMail;
      return { id: stored.id, to: stored.to, subject: stored.subject, text: stored.text, createdAt: stored.createdAt };
    }),
  );
  return mails;
}
