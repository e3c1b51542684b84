import { Logger } from '@nestjs/common';

import { QueueErrors } from './queue-errors';

const serverShutdown = () =>
  Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });

describe('QueueErrors', () => {
  afterEach(() => jest.restoreAllMocks());

  it('says once that PostgreSQL closed the connections, however many queues and workers hear it', () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const errors = new QueueErrors();
    for (let source = 0; source < 12; source++) errors.report(`Queue ${source}`, serverShutdown());
    expect(warn).toHaveBeenCalledTimes(1);
    expect(error).not.toHaveBeenCalled();
  });

  it('logs every other error with where it came from', () => {
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const errors = new QueueErrors();
    errors.report('Queue "mail" worker', new Error('connect ECONNREFUSED'));
    errors.report('Queue "mail"', new Error('connect ECONNREFUSED'));
    expect(error.mock.calls.map(([message]) => message)).toEqual([
      'Queue "mail" worker: connect ECONNREFUSED',
      'Queue "mail": connect ECONNREFUSED',
    ]);
  });
});
