// The database directory removed under load (an operator's mistake, a volume gone): SQLite would
// go on committing into the deleted files, so every 201 would be a lie. Clients keep their
// answers and retry, as the survey's outbox does; the receiver is restarted once health says 503.
// Every answer first sent after the removal and acknowledged must be in the database the
// restarted receiver writes: the file the operator reads. Loopback only; bounded in time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { deliverAnswers, health, spawnReceiver, stopReceiver } from './loopback.ts';
import { scratchStore } from './stores.ts';

export interface RemovalFigures {
  acknowledgedBefore: number;
  acknowledgedAfter: number;
  lost: number;
  conflicts: number;
  /** Milliseconds from the removal to the first 503 of /api/health; undefined if it never came. */
  healthFailedAfterMs: number | undefined;
}

async function firstFailure(
  port: number,
  from: number,
  timeoutMs: number,
): Promise<number | undefined> {
  while (performance.now() - from < timeoutMs) {
    if ((await health(port)) === 503) return performance.now() - from;
    await sleep(20);
  }
  return undefined;
}

export async function removeDirectoryUnderLoad(clients: number): Promise<RemovalFigures> {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nok-removal-')), 'db');
  const dbPath = path.join(dir, 'answers.sqlite');
  const store = await scratchStore('sqlite', dbPath);
  let receiver = await spawnReceiver(store.args);
  let going = true;
  const delivery = deliverAnswers({
    clients,
    port: () => receiver.port,
    going: () => going,
    deadline: performance.now() + 60_000,
  });
  await sleep(1000);
  fs.rmSync(dir, { recursive: true, force: true });
  const removedAt = performance.now();
  const healthFailedAfterMs = await firstFailure(receiver.port, removedAt, 5000);
  await sleep(500); // clients meet the refusals and keep their answers
  await stopReceiver(receiver);
  receiver = await spawnReceiver(store.args); // as a supervisor would, on the failed health check
  await sleep(1000);
  going = false;
  const { acknowledged, conflicts } = await delivery;
  await stopReceiver(receiver);
  const stored = await store.table.ids();
  const after = [...acknowledged]
    .filter(([, firstSent]) => firstSent > removedAt)
    .map(([id]) => id);
  fs.rmSync(path.dirname(dir), { recursive: true, force: true });
  return {
    acknowledgedBefore: acknowledged.size - after.length,
    acknowledgedAfter: after.length,
    lost: after.filter((id) => !stored.has(id)).length,
    conflicts,
    healthFailedAfterMs,
  };
}
