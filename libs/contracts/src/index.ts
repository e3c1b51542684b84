/**
 * The one contract between the API and the web client: every REST payload,
 * socket event and error code lives here and is imported by both sides.
 */
export * from './lib/common';
export * from './lib/errors';
export * from './lib/accounts';
export * from './lib/health';
export * from './lib/programmes';
export * from './lib/rooms';
export * from './lib/groups';
export * from './lib/consultations';
export * from './lib/office-hours';
export * from './lib/notifications';
export * from './lib/socket-events';
export * from './lib/jobs';
export * from './lib/moderation';
export * from './lib/privacy';
export * from './lib/administration';
