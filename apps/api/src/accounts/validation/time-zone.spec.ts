import { validate } from 'class-validator';

import { canonicalTimeZone, IsTimeZone } from './time-zone';

class Probe {
  @IsTimeZone()
  timeZone: unknown;
}

const check = async (timeZone: unknown) => {
  const probe = new Probe();
  probe.timeZone = timeZone;
  return (await validate(probe)).length === 0;
};

describe('time zones', () => {
  it.each(['Europe/Vilnius', 'Europe/Oslo', 'UTC', 'America/Argentina/Buenos_Aires', 'Etc/GMT+1'])('accepts %s', async (zone) => {
    expect(await check(zone)).toBe(true);
  });

  it.each(['Mars/Olympus', '+02:00', '', 'Europe/Vilnius; DROP', 42, null, 'x'.repeat(80)])('refuses %j', async (zone) => {
    expect(await check(zone)).toBe(false);
  });

  it('stores the canonical spelling', () => {
    expect(canonicalTimeZone('europe/vilnius')).toBe('Europe/Vilnius');
  });
});
