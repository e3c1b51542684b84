import type { DataSource } from 'typeorm';

import type { ScreenedList } from './banned-word-matcher';
import { ContentScreening, REFRESH_INTERVAL_MS } from './content-screening';

/** A data source that answers the two queries ContentScreening makes, from lists the test changes. */
function fakeDatabase(initial: ScreenedList[]) {
  const state = { lists: initial, version: 1, loads: 0, fingerprints: 0 };
  const db = {
    query: jest.fn(async (sql: string) => {
      if (sql.includes('json_agg')) {
        state.loads += 1;
        return [{ fingerprint: `v${state.version}`, lists: state.lists }];
      }
      state.fingerprints += 1;
      return [{ fingerprint: `v${state.version}` }];
    }),
  };
  const change = (lists: ScreenedList[]) => {
    state.lists = lists;
    state.version += 1;
  };
  return { db: db as unknown as DataSource, state, change };
}

const refusing = (...words: string[]): ScreenedList => ({ name: 'Keiksmai', mode: 'refuse', words });

describe('ContentScreening', () => {
  let screening: ContentScreening;
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    screening.onModuleDestroy();
    jest.useRealTimers();
  });

  it('loads the lists once, then screens each message in memory', async () => {
    const { db, state } = fakeDatabase([refusing('Šūdas')]);
    screening = new ContentScreening(db);
    const [first, second] = await Promise.all([screening.screen('ŠŪDAS'), screening.screen('labas')]);
    expect(first).toEqual({ verdict: 'refuse', listName: 'Keiksmai', word: 'Šūdas' });
    expect(second).toEqual({ verdict: 'allow' });
    expect(await screening.screen('sudas!')).toMatchObject({ verdict: 'refuse' });
    expect(state.loads).toBe(1);
  });

  it('recompiles when another process changed the lists, and only then', async () => {
    const { db, state, change } = fakeDatabase([refusing('Šūdas')]);
    screening = new ContentScreening(db);
    await screening.screen('labas');

    await jest.advanceTimersByTimeAsync(REFRESH_INTERVAL_MS);
    expect(state.fingerprints).toBe(1);
    expect(state.loads).toBe(1);

    change([refusing('durnius')]);
    await jest.advanceTimersByTimeAsync(REFRESH_INTERVAL_MS);
    expect(state.loads).toBe(2);
    expect(await screening.screen('DURNIUS')).toMatchObject({ verdict: 'refuse', word: 'durnius' });
    expect(await screening.screen('šūdas')).toEqual({ verdict: 'allow' });
  });

  it('takes this process’s own change at once', async () => {
    const { db, change } = fakeDatabase([]);
    screening = new ContentScreening(db);
    expect(await screening.screen('durnius')).toEqual({ verdict: 'allow' });
    change([refusing('durnius')]);
    await screening.reload();
    expect(await screening.screen('durnius')).toMatchObject({ verdict: 'refuse' });
  });
});
