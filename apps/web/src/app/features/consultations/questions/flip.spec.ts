import { flipOffsets } from './flip';

describe('flipOffsets', () => {
  it('shifts each moved item back to where it was, so it can glide to its new place', () => {
    const before = new Map([
      ['a', 0],
      ['b', 100],
      ['c', 200],
    ]);
    // b went to the top.
    const after = new Map([
      ['b', 0],
      ['a', 100],
      ['c', 200],
    ]);
    expect(flipOffsets(before, after)).toEqual(
      new Map([
        ['b', 100],
        ['a', -100],
      ]),
    );
  });

  it('starts an item that is still moving from where it is seen', () => {
    const before = new Map([['a', 100]]);
    const after = new Map([['a', 0]]);
    // Still drawn 40px below its last place.
    expect(flipOffsets(before, after, new Map([['a', 40]]))).toEqual(new Map([['a', 140]]));
  });

  it('leaves new items and sub-pixel noise alone', () => {
    const before = new Map([['a', 10]]);
    const after = new Map([
      ['a', 10.4],
      ['new', 0],
    ]);
    expect(flipOffsets(before, after).size).toBe(0);
  });
});
