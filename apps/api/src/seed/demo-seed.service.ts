/**
 * DEMO_DATA: on an empty database (no organisations yet) writes the partner
 * organisations, both programme tracks (taught by the demo lecturer, with
 * an assignment each), the demo accounts and banned-word lists, in one
 * transaction under a PostgreSQL advisory lock. Processes starting together
 * take turns on the lock; the later ones find the data and do nothing.
 */
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

import { PasswordHasher } from '../accounts/auth/password-hasher';
import { OrganisationEntity } from '../accounts/organisations/organisation.entity';
import { UserEntity } from '../accounts/users/user.entity';
import { APP_CONFIG } from '../config/config.module';
import type { RuntimeConfig } from '../platform/prepare-runtime';
import { ProgrammeModuleEntity } from '../programmes/programme-module.entity';
import { ProgrammeEntity } from '../programmes/programme.entity';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { insertDemoBannedWords } from './demo-banned-words';
import { insertDemoConsultations } from './demo-consultations';
import { insertDemoGroups } from './demo-groups';
import { insertDemoOfficeHours } from './demo-office-hours';
import { DEMO_ORGANISATIONS } from './demo-organisations';
import { DEMO_PROGRAMMES } from './demo-programmes';
import { insertDemoRooms } from './demo-rooms';
import { insertDemoTeaching } from './demo-teaching';

const DEMO_LECTURER_EMAIL = 'lecturer@klasteris.demo';

/** pg_advisory_xact_lock key of the demo seed (the migrations use 741_852_963). */
const DEMO_SEED_LOCK_KEY = 741_852_964;

@Injectable()
export class DemoSeed implements OnApplicationBootstrap {
  private readonly logger = new Logger(DemoSeed.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: RuntimeConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly passwords: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.demoData) return;
    if (await this.seedIfEmpty()) {
      this.logger.log(
        `Seeded the demo data: ${DEMO_ORGANISATIONS.length} organisations, ${DEMO_PROGRAMMES.length} programmes, ${DEMO_ACCOUNTS.length} accounts (password ${DEMO_PASSWORD})`,
      );
    }
  }

  /** True when this call wrote the data, false when the database already had organisations. */
  seedIfEmpty(): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      // Released at commit or rollback, so a crash mid-way leaves nothing half-seeded and nothing locked.
      await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_SEED_LOCK_KEY]);
      if (await manager.exists(OrganisationEntity)) return false;
      const organisationIds = await this.insertOrganisations(manager);
      await this.insertProgrammes(manager);
      await this.insertAccounts(manager, organisationIds);
      await insertDemoRooms(manager, DEMO_LECTURER_EMAIL);
      await insertDemoTeaching(manager, DEMO_LECTURER_EMAIL);
      await insertDemoGroups(manager);
      await insertDemoConsultations(manager, DEMO_LECTURER_EMAIL);
      await insertDemoOfficeHours(manager);
      await insertDemoBannedWords(manager);
      return true;
    });
  }

  private async insertOrganisations(manager: EntityManager): Promise<Map<string, string>> {
    const saved = await manager.save(
      manager.create(
        OrganisationEntity,
        DEMO_ORGANISATIONS.map((organisation) => ({ ...organisation })),
      ),
    );
    return new Map(saved.map((organisation) => [organisation.name, organisation.id]));
  }

  private async insertProgrammes(manager: EntityManager): Promise<void> {
    for (const [programmeIndex, programme] of DEMO_PROGRAMMES.entries()) {
      const saved = await manager.save(
        manager.create(ProgrammeEntity, {
          title: programme.title,
          description: programme.description,
          position: programmeIndex,
        }),
      );
      await manager.insert(
        ProgrammeModuleEntity,
        programme.modules.map((module, moduleIndex) => ({
          programmeId: saved.id,
          title: module.title,
          description: module.description,
          body: module.body,
          position: moduleIndex + 1,
        })),
      );
    }
  }

  private async insertAccounts(manager: EntityManager, organisationIds: Map<string, string>): Promise<void> {
    const rows = await Promise.all(
      DEMO_ACCOUNTS.map(async (account) => ({
        email: account.email,
        passwordHash: await this.passwords.hash(DEMO_PASSWORD),
        displayName: account.displayName,
        role: account.role,
        organisationId: organisationIds.get(account.organisation) ?? null,
        locale: account.locale,
        timeZone: account.timeZone,
      })),
    );
    // An address already taken (ADMIN_EMAIL, or someone who registered it) keeps its account as it is.
    await manager.createQueryBuilder().insert().into(UserEntity).values(rows).orIgnore().execute();
  }
}
