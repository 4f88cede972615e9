// The durability part of bench:receiver on its own (crash.ts): SIGKILLs under load on each store,
// PostgreSQL restarted once under load, the SQLite folder removed under load.
//   npx node scripts/bench/receiver-crash.ts [--store sqlite,postgres] [--kills 25] [--clients 8]
import { parseArgs } from 'node:util';
import { stopSharedPostgres } from '../../tests/helpers/postgres.ts';
import { crashSuite } from './crash.ts';
import { boundedInt } from './loopback.ts';
import { storeList } from './stores.ts';

const { values } = parseArgs({ options: { store: { type: 'string' }, kills: { type: 'string' }, clients: { type: 'string' } } });
try {
  const ok = await crashSuite(storeList(values.store), boundedInt('--kills', values.kills, 25, 200), boundedInt('--clients', values.clients, 8, 64));
  if (!ok) process.exitCode = 1;
} finally {
  await stopSharedPostgres();
}
