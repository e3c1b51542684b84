/**
 * Brute-force protection for sign-in and registration, checked before any
 * password is hashed or verified. Sign-in is limited per e-mail address
 * (guessing one person's password) and per client IP (spraying many
 * accounts); registration per client IP.
 */
import { Injectable } from '@nestjs/common';

import { DomainError } from '../../platform/errors/domain-error';
import { RateLimitDecision, RateLimiter, RateLimitRule } from '../../platform/rate-limit/rate-limiter';

export const SIGN_IN_PER_EMAIL: RateLimitRule = { capacity: 5, refillPerSecond: 1 / 60 };
export const SIGN_IN_PER_IP: RateLimitRule = { capacity: 20, refillPerSecond: 20 / 300 };
// Generous: a whole municipal office behind one address may sign up on a training day.
export const REGISTRATION_PER_IP: RateLimitRule = { capacity: 60, refillPerSecond: 60 / 600 };

@Injectable()
export class SignInThrottle {
  constructor(private readonly limiter: RateLimiter) {}

  async checkSignIn(email: string, clientIp: string): Promise<void> {
    const decisions = await Promise.all([
      this.limiter.take(`sign-in:email:${email}`, SIGN_IN_PER_EMAIL),
      this.limiter.take(`sign-in:ip:${clientIp}`, SIGN_IN_PER_IP),
    ]);
    refuseIfLimited(decisions, 'Too many sign-in attempts; wait a little and try again');
  }

  /** A successful sign-in forgets the failed attempts against that address. */
  async signedIn(email: string): Promise<void> {
    await this.limiter.reset(`sign-in:email:${email}`);
  }

  async checkRegistration(clientIp: string): Promise<void> {
    const decision = await this.limiter.take(`register:ip:${clientIp}`, REGISTRATION_PER_IP);
    refuseIfLimited([decision], 'Too many registrations from this network; wait a little and try again');
  }
}

function refuseIfLimited(decisions: RateLimitDecision[], message: string): void {
  const refused = decisions.filter((decision) => !decision.allowed);
  if (refused.length === 0) return;
  const retryAfterSeconds = Math.max(...refused.map((decision) => decision.retryAfterSeconds));
  throw new DomainError('RATE_LIMITED', message, { retryAfterSeconds });
}
