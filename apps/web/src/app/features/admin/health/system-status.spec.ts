import { uptimeText } from './system-status';

describe('uptimeText', () => {
  it('says minutes only for a fresh start', () => {
    expect(uptimeText(59)).toEqual({ key: 'adminHealth.uptimeMinutes', params: { minutes: 0 } });
    expect(uptimeText(12 * 60 + 30)).toEqual({ key: 'adminHealth.uptimeMinutes', params: { minutes: 12 } });
  });

  it('adds hours, then days, keeping the smaller units', () => {
    expect(uptimeText(4 * 3600)).toEqual({ key: 'adminHealth.uptimeHours', params: { hours: 4, minutes: 0 } });
    expect(uptimeText(3 * 86_400 + 4 * 3600 + 5 * 60 + 9)).toEqual({
      key: 'adminHealth.uptimeDays',
      params: { days: 3, hours: 4, minutes: 5 },
    });
  });

  it('treats nonsense as zero', () => {
    expect(uptimeText(-5)).toEqual({ key: 'adminHealth.uptimeMinutes', params: { minutes: 0 } });
  });
});
