import type { ProgrammeModule } from '@klasteris/contracts';

import { inReadingOrder, neighbours } from './module-order';

const moduleAt = (id: string, position: number) => ({ id, position }) as ProgrammeModule;

describe('module order', () => {
  const modules = [moduleAt('c', 3), moduleAt('a', 1), moduleAt('b', 2)];

  it('reads by position', () => {
    expect(inReadingOrder(modules).map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('finds the modules before and after', () => {
    expect(neighbours(modules, 'b')).toEqual({ previous: modules[1], next: modules[0], index: 2 });
    expect(neighbours(modules, 'a').previous).toBeNull();
    expect(neighbours(modules, 'c').next).toBeNull();
    expect(neighbours(modules, 'x')).toEqual({ previous: null, next: null, index: 0 });
  });
});
