// Acknowledged = stored, whatever happens to the receiver or the database: SIGKILLs under load on
// each store, and on PostgreSQL the server itself restarted under load (scripts/bench/crash.ts,
// shared with bench:receiver), with /api/health saying 503 meanwhile.
import { afterAll, describe, expect, it } from 'vitest';
import { killUnderLoad } from '../../scripts/bench/crash.ts';
import { storeKinds } from '../../scripts/bench/stores.ts';
import { stopSharedPostgres } from '../helpers/postgres.ts';

afterAll(stopSharedPostgres);

describe.concurrent.each(storeKinds)('the receiver on %s, killed under load', (store) => {
  it(`loses no acknowledged answer over 20 SIGKILLs${store === 'postgres' ? ' and a restart of PostgreSQL' : ''}`, async () => {
    const figures = await killUnderLoad({
      store,
      kills: 20,
      clients: 4,
      restartDatabase: store === 'postgres',
    });
    expect(figures.acknowledged).toBeGreaterThan(0);
    expect(figures.conflicts).toBe(0);
    expect(figures.lost).toBe(0);
    if (store === 'postgres') expect(figures.databaseRestart?.health503).toBeGreaterThan(0);
  });
});
