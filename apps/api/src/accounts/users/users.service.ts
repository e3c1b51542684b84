/**
 * People: one's own profile, and the admin's list and changes (role,
 * deactivation). Deactivating ends every session of the person and
 * disconnects all of their sockets.
 */
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { AdminUserView, Page, UpdateMeRequest, UpdateUserRequest, User } from '@klasteris/contracts';
import { DataSource, Repository } from 'typeorm';

import { DomainError, notFound } from '../../platform/errors/domain-error';
import { LivePublisher } from '../../platform/realtime/live-publisher';
import { AuthSessionsService } from '../auth/auth-sessions.service';
import type { AuthenticatedUser } from '../authenticated-user';
import { UserEntity } from './user.entity';
import { toAdminUserView, toUser } from './user-views';
import { decodeUsersCursor, encodeUsersCursor } from './users-cursor';

export interface ListUsersOptions {
  query?: string;
  cursor?: string;
  limit?: number;
}

const DEFAULT_PAGE_SIZE = 50;

@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly sessions: AuthSessionsService,
    private readonly publisher: LivePublisher,
  ) {}

  /** For sign-in only: the person by (lower-cased) e-mail, with the password hash. */
  findWithPasswordHash(email: string): Promise<UserEntity | null> {
    return this.users
      .createQueryBuilder('person')
      .addSelect('person.passwordHash')
      .where('lower(person.email) = :email', { email: email.toLowerCase() })
      .getOne();
  }

  async me(userId: string): Promise<User> {
    return toUser(await this.findOrFail(userId));
  }

  async updateMe(userId: string, changes: UpdateMeRequest): Promise<User> {
    const user = await this.findOrFail(userId);
    if (changes.displayName !== undefined) user.displayName = changes.displayName;
    if (changes.locale !== undefined) user.locale = changes.locale;
    if (changes.timeZone !== undefined) user.timeZone = changes.timeZone;
    return toUser(await this.users.save(user));
  }

  /** People by name, filtered by part of a name or e-mail, keyset-paged. */
  async list(options: ListUsersOptions): Promise<Page<AdminUserView>> {
    const limit = options.limit ?? DEFAULT_PAGE_SIZE;
    const builder = this.users
      .createQueryBuilder('person')
      .leftJoinAndSelect('person.organisation', 'organisation')
      .orderBy('lower(person.displayName)', 'ASC')
      .addOrderBy('person.id', 'ASC')
      .limit(limit + 1);
    if (options.query) {
      const pattern = `%${options.query.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
      builder.andWhere('(lower(person.displayName) LIKE :pattern OR person.email LIKE :pattern)', { pattern });
    }
    if (options.cursor) {
      const after = decodeUsersCursor(options.cursor);
      builder.andWhere('(lower(person.displayName), person.id) > (:afterName, :afterId)', { afterName: after.name, afterId: after.id });
    }
    // The cursor carries the database's own lower(), which may differ from JavaScript's outside ASCII.
    builder.addSelect('lower(person.displayName)', 'sort_name');
    const { entities, raw } = await builder.getRawAndEntities<{ sort_name: string }>();
    const page = entities.slice(0, limit);
    const lastRow = raw[page.length - 1];
    const last = page[page.length - 1];
    return {
      items: page.map(toAdminUserView),
      nextCursor: entities.length > limit && last && lastRow ? encodeUsersCursor({ name: lastRow.sort_name, id: last.id }) : null,
    };
  }

  async update(actor: AuthenticatedUser, userId: string, changes: UpdateUserRequest): Promise<AdminUserView> {
    const { deactivating, roleChanged } = await this.dataSource.transaction(async (manager) => {
      const user = await manager
        .getRepository(UserEntity)
        .createQueryBuilder('person')
        .setLock('pessimistic_write')
        .where('person.id = :userId', { userId })
        .getOne();
      if (!user) throw notFound('The person');
      const changesRole = changes.role !== undefined && changes.role !== user.role;
      if (user.id === actor.id && (changesRole || changes.deactivated === true)) {
        throw new DomainError('CONFLICT', 'You cannot change your own role or deactivate yourself; ask another admin');
      }
      const patch: Partial<UserEntity> = {};
      if (changesRole) patch.role = changes.role;
      const nowDeactivating = changes.deactivated === true && user.deactivatedAt === null;
      if (nowDeactivating) patch.deactivatedAt = new Date();
      if (changes.deactivated === false && user.deactivatedAt !== null) patch.deactivatedAt = null;
      if (Object.keys(patch).length > 0) await manager.update(UserEntity, { id: userId }, patch);
      if (nowDeactivating) await this.sessions.revokeAllOf(userId, 'deactivated', manager);
      return { deactivating: nowDeactivating, roleChanged: changesRole };
    });
    // A socket keeps the role it had at its handshake: a changed role takes effect on the live
    // connections too once they reconnect (the web client does so at once); a deactivated person cannot.
    if (deactivating || roleChanged) this.publisher.disconnectUser(userId);
    const updated = await this.users.findOne({ where: { id: userId }, relations: { organisation: true } });
    if (!updated) throw notFound('The person');
    return toAdminUserView(updated);
  }

  private async findOrFail(userId: string): Promise<UserEntity> {
    const user = await this.users.findOneBy({ id: userId });
    if (!user) throw notFound('The person');
    return user;
  }
}
