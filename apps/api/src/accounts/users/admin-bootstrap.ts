/**
 * ADMIN_EMAIL / ADMIN_PASSWORD: make sure that account exists and is an
 * admin when the application starts. An existing account is promoted and
 * keeps its password. One statement (`INSERT … ON CONFLICT`), so processes
 * starting together cannot create it twice.
 */
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

import { APP_CONFIG } from '../../config/config.module';
import type { RuntimeConfig } from '../../platform/prepare-runtime';
import { PasswordHasher } from '../auth/password-hasher';

@Injectable()
export class AdminBootstrap implements OnApplicationBootstrap {
  private readonly logger = new Logger(AdminBootstrap.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.admin) return;
    await this.ensureAdmin(this.config.admin.email, this.config.admin.password);
  }

  async ensureAdmin(email: string, password: string): Promise<void> {
    const passwordHash = await this.passwords.hash(password);
    const rows: { created: boolean }[] = await this.dataSource.query(
      `INSERT INTO users (email, password_hash, display_name, role)
       VALUES (lower($1), $2, 'Administrator', 'admin')
       ON CONFLICT ((lower(email))) DO UPDATE SET role = 'admin', updated_at = now() WHERE users.role <> 'admin'
       RETURNING (xmax = 0) AS created`,
      [email, passwordHash],
    );
    this.logger.log(rows[0]?.created ? `Created the admin account ${email.toLowerCase()}` : `Ensured ${email.toLowerCase()} is an admin`);
  }
}
