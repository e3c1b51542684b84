/**
 * Accounts: registration, sign-in with rotating refresh tokens, profiles,
 * organisations, admin management of people, and the global access guard
 * every route passes through. Exports AccessTokenService for the socket
 * handshake.
 */
import { Module } from '@nestjs/common';
import { APP_GUARD, DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';

import { AccessGuard } from './access.guard';
import { AccessTokenService } from './auth/access-token.service';
import { AuthSessionEntity } from './auth/auth-session.entity';
import { AuthSessionsService } from './auth/auth-sessions.service';
import { AuthController } from './auth/auth.controller';
import { AuthService } from './auth/auth.service';
import { PasswordHasher } from './auth/password-hasher';
import { SignInThrottle } from './auth/sign-in-throttle';
import { OrganisationEntity } from './organisations/organisation.entity';
import { OrganisationsController } from './organisations/organisations.controller';
import { OrganisationsService } from './organisations/organisations.service';
import { RouteAccessAudit } from './route-access-audit';
import { AdminBootstrap } from './users/admin-bootstrap';
import { MeController } from './users/me.controller';
import { UserEntity } from './users/user.entity';
import { UsersController } from './users/users.controller';
import { UsersService } from './users/users.service';

@Module({
  imports: [DiscoveryModule, TypeOrmModule.forFeature([OrganisationEntity, UserEntity, AuthSessionEntity])],
  controllers: [AuthController, MeController, UsersController, OrganisationsController],
  providers: [
    AccessTokenService,
    AuthSessionsService,
    AuthService,
    PasswordHasher,
    SignInThrottle,
    OrganisationsService,
    UsersService,
    AdminBootstrap,
    RouteAccessAudit,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [AccessTokenService, PasswordHasher, RouteAccessAudit, TypeOrmModule],
})
export class AccountsModule {}
