// Durability under crashes, for bench:receiver and tests/receiver/crash.test.ts: SIGKILL the
// receiver again and again while clients post, each keeping its questionnaire (same id, same
// body) until a 201; on PostgreSQL the database server itself is also restarted once under load
// (pg_ctl restart -m fast), with /api/health watched meanwhile. Every id acknowledged with 201 must
// be in the database afterwards. Loopback only; bounded kills, clients and time.
import { setTimeout as sleep } from 'node:timers/promises';
import { sharedPostgres } from '../../tests/helpers/postgres.ts';
import {
  deliverAnswers,
  health,
  spawnReceiver,
  stopReceiver,
  type ReceiverChild,
} from './loopback.ts';
import { removeDirectoryUnderLoad } from './removal.ts';
import { scratchStore, type StoreKind } from './stores.ts';

export interface CrashFigures {
  store: StoreKind;
  kills: number;
  seconds: number;
  attempts: number;
  retries: number;
  conflicts: number;
  acknowledged: number;
  stored: number;
  lost: number;
  /** Committed but never acknowledged: only a questionnaire abandoned at the hard deadline. */
  unacknowledged: number;
  /** PostgreSQL only: the server's fast restart under load, and what /api/health said meanwhile. */
  databaseRestart?: { seconds: number; health503: number; health200: number; healthOther: number };
}

/** Polls /api/health while `during` runs: how often it said 503, 200, or nothing (a receiver being restarted). */
async function watchHealth(
  port: () => number,
  during: Promise<unknown>,
): Promise<{ health503: number; health200: number; healthOther: number }> {
  const seen = { health503: 0, health200: 0, healthOther: 0 };
  let done = false;
  void during.finally(() => (done = true));
  while (!done) {
    const status = await health(port());
    if (status === 503) seen.health503 += 1;
    else if (status === 200) seen.health200 += 1;
    else seen.healthOther += 1;
    await sleep(20);
  }
  return seen;
}

export async function killUnderLoad(options: {
  store: StoreKind;
  kills: number;
  clients: number;
  restartDatabase: boolean;
}): Promise<CrashFigures> {
  const hardDeadline = performance.now() + 180_000; // whatever happens, stop after three minutes
  const store = await scratchStore(options.store);
  let receiver: ReceiverChild = await spawnReceiver(store.args);
  let killing = true;
  let databaseRestart: CrashFigures['databaseRestart'];

  const restartDatabase = async () => {
    const started = performance.now();
    const restart = (await sharedPostgres()).restart();
    const seen = await watchHealth(() => receiver.port, restart);
    await restart;
    databaseRestart = { seconds: (performance.now() - started) / 1000, ...seen };
  };

  async function killer(): Promise<void> {
    for (let k = 0; k < options.kills && performance.now() < hardDeadline; k += 1) {
      await sleep(150 + Math.random() * 350); // let load build up, then crash mid-stream
      if (options.restartDatabase && k === Math.floor(options.kills / 2)) await restartDatabase();
      await stopReceiver(receiver, 'SIGKILL');
      receiver = await spawnReceiver(store.args);
    }
    killing = false; // clients finish the questionnaire in hand, against the last receiver
  }

  const started = performance.now();
  const [, delivery] = await Promise.all([
    killer(),
    deliverAnswers({
      clients: options.clients,
      port: () => receiver.port,
      going: () => killing,
      deadline: hardDeadline,
    }),
  ]);
  const seconds = (performance.now() - started) / 1000;
  await stopReceiver(receiver);
  const stored = await store.table.ids();
  await store.table.close();
  const acknowledged = [...delivery.acknowledged.keys()];
  return {
    store: options.store,
    kills: options.kills,
    seconds,
    attempts: delivery.attempts,
    retries: delivery.retries,
    conflicts: delivery.conflicts,
    acknowledged: acknowledged.length,
    stored: stored.size,
    lost: acknowledged.filter((id) => !stored.has(id)).length,
    unacknowledged: [...stored].filter((id) => !delivery.acknowledged.has(id)).length,
    ...(databaseRestart ? { databaseRestart } : {}),
  };
}

export function printCrash(f: CrashFigures, clients: number): void {
  console.log(
    `receiver crash test (${f.store}): ${f.kills} SIGKILLs under load, ${clients} clients, ${f.seconds.toFixed(1)} s, 127.0.0.1`,
  );
  if (f.databaseRestart) {
    const r = f.databaseRestart;
    console.log(
      `  PostgreSQL restarted under load (pg_ctl restart -m fast) in ${r.seconds.toFixed(1)} s; /api/health meanwhile: 503×${r.health503}, 200×${r.health200}, no answer×${r.healthOther}`,
    );
  }
  console.log(
    `  attempts: ${f.attempts}, retries after failures: ${f.retries}, id conflicts: ${f.conflicts}`,
  );
  console.log(
    `  acknowledged (201): ${f.acknowledged}, stored: ${f.stored}, lost: ${f.lost}, stored but unacknowledged: ${f.unacknowledged}`,
  );
  if (f.lost > 0 || f.conflicts > 0)
    console.error(`  FAILED: ${f.lost} acknowledged answers lost, ${f.conflicts} replays refused`);
}

/**
 * bench:receiver's durability part: the crash test of each store (on PostgreSQL with the server's
 * restart), then the SQLite database folder removed under load (removal.ts). False if any failed.
 */
export async function crashSuite(
  stores: readonly StoreKind[],
  kills: number,
  clients: number,
): Promise<boolean> {
  let ok = true;
  for (const store of stores) {
    const figures = await killUnderLoad({
      store,
      kills,
      clients,
      restartDatabase: store === 'postgres',
    });
    printCrash(figures, clients);
    ok &&=
      figures.lost === 0 &&
      figures.conflicts === 0 &&
      (figures.databaseRestart === undefined || figures.databaseRestart.health503 > 0);
  }
  if (!stores.includes('sqlite')) return ok;
  const removal = await removeDirectoryUnderLoad(clients);
  console.log(
    `receiver directory-removal test (sqlite): ${clients} clients, database folder removed under load, receiver restarted after health failed`,
  );
  console.log(
    `  /api/health 503 after: ${removal.healthFailedAfterMs === undefined ? 'never' : `${removal.healthFailedAfterMs.toFixed(0)} ms`}`,
  );
  console.log(
    `  acknowledged before the removal (gone with the folder): ${removal.acknowledgedBefore}; first sent after it and acknowledged: ${removal.acknowledgedAfter}, lost: ${removal.lost}`,
  );
  return (
    ok &&
    removal.lost === 0 &&
    removal.conflicts === 0 &&
    removal.healthFailedAfterMs !== undefined &&
    removal.acknowledgedAfter > 0
  );
}
