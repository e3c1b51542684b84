/**
 * The session: who is signed in and their access token. The token lives in
 * memory only; the refresh token is an httpOnly cookie the browser sends to
 * `/api/auth/*`. One refresh at a time, in this tab and across tabs (see
 * refresh-lock.ts), because each refresh rotates the cookie and a second
 * concurrent one would look like token reuse.
 */
import { computed, inject, Injectable, signal } from '@angular/core';
import type { LoginRequest, RegisterRequest, UpdateMeRequest, User } from '@klasteris/contracts';

import { ApiClient } from '../api/api-client';
import { expiresSoon } from './access-token';
import { browserLocks, withRefreshLock } from './refresh-lock';

/** Why the last session ended, so the sign-in page can say so. */
export type SessionEnd = 'signedOut' | 'expired';

@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly api = inject(ApiClient);
  private readonly token = signal<string | null>(null);
  private readonly currentUser = signal<User | null>(null);
  private readonly lastEnd = signal<SessionEnd | null>(null);
  private refreshing: Promise<string | null> | null = null;

  readonly user = this.currentUser.asReadonly();
  readonly isSignedIn = computed(() => this.currentUser() !== null);
  readonly sessionEnd = this.lastEnd.asReadonly();

  /** The current access token, for the interceptor. */
  accessToken(): string | null {
    return this.token();
  }

  /** At start-up: a refresh cookie, if there is one, becomes a session again. */
  async restoreSession(): Promise<void> {
    const token = await this.refreshAccessToken();
    if (token === null) return;
    try {
      this.currentUser.set(await this.api.me());
    } catch {
      this.clear(null);
    }
  }

  async signIn(request: LoginRequest): Promise<User> {
    const { accessToken, user } = await this.api.login(request);
    return this.begin(accessToken, user);
  }

  async register(request: RegisterRequest): Promise<User> {
    const { accessToken, user } = await this.api.register(request);
    return this.begin(accessToken, user);
  }

  /** Signs out on the server (best effort) and always forgets the session here. */
  async signOut(): Promise<void> {
    try {
      if (this.token() !== null) await this.api.logout();
    } catch {
      // The server may already consider the session over; locally it ends either way.
    } finally {
      this.clear('signedOut');
    }
  }

  async updateProfile(changes: UpdateMeRequest): Promise<User> {
    const user = await this.api.updateMe(changes);
    if (this.currentUser()?.id === user.id) this.currentUser.set(user);
    return user;
  }

  /**
   * A new access token from the refresh cookie, or null when there is no
   * valid session (which then ends here too). Concurrent callers share one
   * call; other tabs' refreshes are waited for, so each uses the newest cookie.
   */
  refreshAccessToken(): Promise<string | null> {
    this.refreshing ??= withRefreshLock(browserLocks(), () => this.api.refresh())
      .then(
        ({ accessToken }) => {
          this.token.set(accessToken);
          return accessToken;
        },
        () => {
          this.clear(this.currentUser() === null ? null : 'expired');
          return null;
        },
      )
      .finally(() => {
        this.refreshing = null;
      });
    return this.refreshing;
  }

  /** The access token, refreshed first when it is about to expire (for socket handshakes). */
  async freshAccessToken(): Promise<string | null> {
    const token = this.token();
    if (token !== null && !expiresSoon(token, Date.now())) return token;
    if (this.currentUser() === null) return null;
    return this.refreshAccessToken();
  }

  private begin(accessToken: string, user: User): User {
    this.token.set(accessToken);
    this.currentUser.set(user);
    this.lastEnd.set(null);
    return user;
  }

  private clear(reason: SessionEnd | null): void {
    this.token.set(null);
    this.currentUser.set(null);
    if (reason !== null) this.lastEnd.set(reason);
  }
}
