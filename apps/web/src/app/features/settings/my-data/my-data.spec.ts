import { confirmsEmail, exportFileName } from './my-data';

const today = new Date('2026-11-29T10:00:00Z');

describe('exportFileName', () => {
  it('takes the quoted file name the server gives', () => {
    expect(exportFileName('attachment; filename="klasteris-2026-11-28.json"', today)).toBe('klasteris-2026-11-28.json');
  });

  it('takes an unquoted name', () => {
    expect(exportFileName('attachment; filename=data.json; size=10', today)).toBe('data.json');
  });

  it('prefers the UTF-8 name', () => {
    expect(exportFileName(`attachment; filename="x.json"; filename*=UTF-8''duomenys-%C5%BE.json`, today)).toBe(
      'duomenys-ž.json',
    );
  });

  it('keeps the name a plain base name', () => {
    expect(exportFileName('attachment; filename="../../etc/passwd"', today)).toBe('_.._etc_passwd');
  });

  it('falls back to a dated name without a usable header', () => {
    expect(exportFileName(null, today)).toBe('klasteris-2026-11-29.json');
    expect(exportFileName('attachment', today)).toBe('klasteris-2026-11-29.json');
    expect(exportFileName('attachment; filename=""', today)).toBe('klasteris-2026-11-29.json');
  });
});

describe('confirmsEmail', () => {
  it('accepts the address as typed, ignoring case and spaces around it', () => {
    expect(confirmsEmail('ona@prienai.lt', 'ona@prienai.lt')).toBe(true);
    expect(confirmsEmail('  Ona@Prienai.LT ', 'ona@prienai.lt')).toBe(true);
  });

  it('refuses anything else', () => {
    expect(confirmsEmail('', 'ona@prienai.lt')).toBe(false);
    expect(confirmsEmail('ona@prienai', 'ona@prienai.lt')).toBe(false);
    expect(confirmsEmail('ona@prienai.lt.', 'ona@prienai.lt')).toBe(false);
  });

  it('never confirms against an empty address', () => {
    expect(confirmsEmail('', '')).toBe(false);
  });
});
