/**
 * Demo data for an empty database (DEMO_DATA=true, the default in embedded
 * mode): partner organisations, programme tracks and one account per role.
 */
import { Module } from '@nestjs/common';

import { AccountsModule } from '../accounts/accounts.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { DemoSeed } from './demo-seed.service';

@Module({
  imports: [AccountsModule, ProgrammesModule],
  providers: [DemoSeed],
})
export class SeedModule {}
