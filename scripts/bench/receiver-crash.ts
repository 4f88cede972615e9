// The durability part of bench:receiver on its own (crash.ts): SIGKILLs under load on each store,
// PostgreSQL restarted once under load, the SQLite folder removed under load.
//   npx node scripts/bench/receiver-crash.ts [--store sqlite,postgres] [--kills 25] [--clients 8]
import { scriptOptions } from '../../src/config/cli.ts';
import { intBetween } from '../../src/config/values.ts';
import { stopSharedPostgres } from '../../tests/helpers/postgres.ts';
import { crashSuite } from './crash.ts';
import { storeList } from './stores.ts';

const values = scriptOptions(
  'node scripts/bench/receiver-crash.ts',
  'SIGKILLs under load on each store, PostgreSQL restarted, the SQLite folder removed: acknowledged against stored.',
  {
    store: {
      flag: 'store',
      parse: storeList,
      fallback: storeList(undefined),
      help: 'Stores to test: sqlite and/or postgres, comma-separated',
    },
    kills: {
      flag: 'kills',
      parse: intBetween(1, 200),
      fallback: 25,
      help: 'SIGKILLs of the receiver under load',
    },
    clients: {
      flag: 'clients',
      parse: intBetween(1, 64),
      fallback: 8,
      help: 'Clients posting at once',
    },
  },
);
try {
  const ok = await crashSuite(values.store, values.kills, values.clients);
  if (!ok) process.exitCode = 1;
} finally {
  await stopSharedPostgres();
}
