import { safeReturnUrl } from './safe-return-url';

describe('safeReturnUrl', () => {
  it('keeps same-site paths', () => {
    expect(safeReturnUrl('/groups/1?tab=files')).toBe('/groups/1?tab=files');
    expect(safeReturnUrl('/')).toBe('/');
  });

  it('refuses other origins and empty values', () => {
    expect(safeReturnUrl('//evil.example')).toBe('/');
    expect(safeReturnUrl('/\\evil.example')).toBe('/');
    expect(safeReturnUrl('https://evil.example')).toBe('/');
    expect(safeReturnUrl('')).toBe('/');
    expect(safeReturnUrl(undefined)).toBe('/');
  });
});
