/**
 * Password hashing with argon2id (OWASP parameters: 19 MiB, 2 passes, 1 lane).
 * Sign-in with an unknown e-mail still verifies against a fixed hash made
 * with the same parameters, so the response time does not tell which
 * e-mail addresses have accounts.
 */
import { Injectable } from '@nestjs/common';
import { argon2id, hash, verify } from 'argon2';

const PARAMETERS = { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** The hash of a random password nobody knows, with PARAMETERS. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,p=1,t=2$bL6N08kttJC9BLoRQ5loJw$aYwitSyfx9YS+gT6O/K7gNQvZbWcqydiN7w5/i6K44s';

@Injectable()
export class PasswordHasher {
  hash(password: string): Promise<string> {
    return hash(password, PARAMETERS);
  }

  /** True when the password matches; an absent hash costs the same time and is false. */
  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    try {
      const matches = await verify(passwordHash ?? DUMMY_HASH, password);
      return passwordHash !== null && matches;
    } catch {
      return false;
    }
  }
}
