import { decodeSortKeyCursor, encodeSortKeyCursor } from './sort-key-cursor';

describe('sort key cursor', () => {
  it('round-trips a microsecond time and an id', () => {
    const cursor = { at: '2026-11-29 10:01:02.123456+00', id: '0b6d4d55-3f6e-4c1e-9f44-2f0e54a3d5a1' };
    expect(decodeSortKeyCursor(encodeSortKeyCursor(cursor))).toEqual(cursor);
  });

  it('refuses anything else with VALIDATION_FAILED', () => {
    for (const bad of ['', 'bm90IGpzb24', Buffer.from('["x","y"]').toString('base64url')]) {
      expect(() => decodeSortKeyCursor(bad)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    }
  });
});
