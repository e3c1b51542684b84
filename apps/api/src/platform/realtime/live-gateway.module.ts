/** The authenticated `/live` namespace; only in processes that serve HTTP. */
import { Module } from '@nestjs/common';

import { AccountsModule } from '../../accounts/accounts.module';
import { LiveGateway } from './live.gateway';

@Module({ imports: [AccountsModule], providers: [LiveGateway] })
export class LiveGatewayModule {}
