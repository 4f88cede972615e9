// Load test of the survey receiver, loopback only and bounded in time and clients, on each store
// given: SQLite with one receiver, PostgreSQL with one and with two receivers sharing the database.
//   npx node scripts/bench/receiver.ts [--store sqlite,postgres] [--clients 16] [--seconds 10] [--nation 100] [--prefill 1000000] [--kills 25]
// Spawns the receivers on a fresh database, runs N keep-alive clients posting valid questionnaires
// for the given time (spread over the receivers), prints accepted answers/s, p50/p99 latency and
// errors, and checks the database holds exactly the acknowledged answers. Then the durability
// tests of each store (crash.ts; also on their own: receiver-crash.ts). With the SYNTHETIC nation (synthetic/<nation>/, when generated) answers go
// to its organizations of all four spheres, into a database pre-filled with --prefill answers.
import http from 'node:http';
import { scriptOptions } from '../../src/config/cli.ts';
import { intBetween } from '../../src/config/values.ts';
import { stopSharedPostgres } from '../../tests/helpers/postgres.ts';
import { crashSuite } from './crash.ts';
import {
  benchOrganization,
  percentile,
  postAnswer,
  randomSubmission,
  spawnReceiver,
  stopReceiver,
  type BenchOrganization,
} from './loopback.ts';
import { nationOrganizations, pick, prefill } from './nation.ts';
import { scratchStore, storeList, type StoreKind } from './stores.ts';

const values = scriptOptions(
  'npm run bench:receiver --',
  'Durable answers/s and latency of the survey receiver on loopback, on each store, then its crash tests.',
  {
    store: {
      flag: 'store',
      parse: storeList,
      fallback: storeList(undefined),
      help: 'Stores to measure: sqlite and/or postgres, comma-separated',
    },
    clients: {
      flag: 'clients',
      parse: intBetween(1, 256),
      fallback: 16,
      help: 'Keep-alive clients posting at once',
    },
    seconds: {
      flag: 'seconds',
      parse: intBetween(1, 60),
      fallback: 10,
      help: 'Length of each run',
    },
    nation: {
      flag: 'nation',
      parse: (raw) => raw,
      fallback: '100',
      help: 'synthetic/<nation>/ whose organizations answers go to, when generated',
    },
    prefill: {
      flag: 'prefill',
      parse: intBetween(1, 10_000_000),
      fallback: 1_000_000,
      help: 'Answers in each database before the run (with the nation)',
    },
    kills: {
      flag: 'kills',
      parse: intBetween(1, 200),
      fallback: 25,
      help: 'SIGKILLs of the crash test',
    },
  },
);
const { store: stores, clients, seconds, kills } = values;
const nation = nationOrganizations(values.nation);
const organizations: BenchOrganization[] = nation ?? [benchOrganization];
const prefillCount = nation ? values.prefill : 0;
console.log(
  nation
    ? `SYNTHETIC nation synthetic/${values.nation}: ${nation.length} organizations; each database pre-filled with ${prefillCount} answers`
    : `synthetic/${values.nation} not generated: answers go to one organization into an empty database (npm run synthetic:generate -- --fraction 1 for the nation)`,
);

interface Run {
  accepted: number;
  stored: number;
  elapsed: number;
  latencies: number[];
  errors: Map<string, number>;
  durability: string;
}

async function loadRun(kind: StoreKind, instances: number): Promise<Run> {
  const store = await scratchStore(kind);
  if (nation)
    await prefill(store.location, nation, prefillCount, new Date().toISOString().slice(0, 10));
  const before = nation ? (await store.table.ids()).size : 0; // no file before the receiver opens it
  const receivers = await Promise.all(
    Array.from({ length: instances }, () => spawnReceiver(store.args, organizations)),
  );
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  const errors = new Map<string, number>();
  let accepted = 0;
  const deadline = performance.now() + seconds * 1000;
  // Client i posts to receiver i mod n, as a load balancer spreading connections would.
  async function client(i: number): Promise<void> {
    const port = receivers[i % instances]!.port;
    while (performance.now() < deadline) {
      const result = await postAnswer(agent, port, randomSubmission(pick(organizations)).body);
      latencies.push(result.ms);
      if (result.status === 201) accepted += 1;
      else {
        const key = result.error ?? `HTTP ${result.status}`;
        errors.set(key, (errors.get(key) ?? 0) + 1);
      }
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, (_, i) => client(i)));
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  await Promise.all(receivers.map((r) => stopReceiver(r)));
  const stored = (await store.table.ids()).size - before;
  const durability = await store.table.durability();
  await store.table.close();
  return {
    accepted,
    stored,
    elapsed,
    latencies: latencies.sort((a, b) => a - b),
    errors,
    durability,
  };
}

function printRun(kind: StoreKind, instances: number, run: Run): void {
  const { accepted, stored, elapsed, latencies, errors } = run;
  console.log(
    `receiver bench (${kind}, ${instances} receiver${instances > 1 ? 's' : ''}): ${clients} keep-alive clients, ${elapsed.toFixed(1)} s, 127.0.0.1, ${run.durability}`,
  );
  console.log(
    `  accepted: ${accepted} (${(accepted / elapsed).toFixed(0)} answers/s), rows stored by the run: ${stored}`,
  );
  console.log(
    `  latency: p50 ${percentile(latencies, 50).toFixed(2)} ms, p99 ${percentile(latencies, 99).toFixed(2)} ms, max ${latencies.at(-1)?.toFixed(2)} ms`,
  );
  console.log(
    `  errors: ${errors.size === 0 ? 0 : [...errors].map(([k, n]) => `${k}×${n}`).join(', ')}`,
  );
  if (stored !== accepted) {
    console.error(`  MISMATCH: ${accepted} acknowledged, ${stored} stored`);
    process.exitCode = 1;
  }
}

try {
  for (const kind of stores) {
    for (const instances of kind === 'postgres' ? [1, 2] : [1])
      printRun(kind, instances, await loadRun(kind, instances));
  }
  if (!(await crashSuite(stores, kills, 8))) process.exitCode = 1;
} finally {
  await stopSharedPostgres();
}
